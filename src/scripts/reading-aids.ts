// Reading aids (长者模式): large text, high contrast and read-aloud. Nothing runs until a
// control is used, apart from showing the controls; the stored choice is applied before the
// first paint by public/aids-init.js. Words come from the page, so both editions read right.
const KEY = 'zhuxue-aids';
const MAX = 4;
const root = document.documentElement;
type Saved = { size?: number; contrast?: boolean };
const load = (): Saved => {
  try { return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Saved; } catch { return {}; }
};
const buttons = (sel: string) => document.querySelectorAll<HTMLButtonElement>(sel);
const clicked = (e: Event, attr: string) => (e.target as HTMLElement).closest<HTMLElement>(`[${attr}]`)?.getAttribute(attr);

function apply(s: Saved): void {
  const size = s.size ?? 0;
  if (size) root.dataset['size'] = String(size); else delete root.dataset['size'];
  if (s.contrast) root.dataset['contrast'] = 'high'; else delete root.dataset['contrast'];
  for (const b of buttons('[data-aid]')) {
    const aid = b.dataset['aid'];
    if (aid === 'large' || aid === 'contrast') b.setAttribute('aria-pressed', String(aid === 'large' ? size > 0 : !!s.contrast));
    else b.hidden = !size;
    if (aid === 'bigger') b.disabled = size >= MAX;
  }
}

const box = document.querySelector<HTMLElement>('[data-aids]');
if (box) {
  box.dataset['ready'] = '';
  apply(load());
  box.addEventListener('click', (e) => {
    const aid = clicked(e, 'data-aid');
    if (!aid) return;
    const s = load();
    const size = s.size ?? 0;
    s.size = aid === 'large' ? (size ? 0 : 1) : aid === 'bigger' ? Math.min(MAX, size + 1) : aid === 'smaller' ? size - 1 : size;
    if (aid === 'contrast') s.contrast = !s.contrast;
    try { localStorage.setItem(KEY, JSON.stringify(s)); } catch { /* private mode: this page only */ }
    apply(s);
  });
}

// Read aloud: the article's text (not navigation, not pinyin), sentence by sentence, with the
// browser's own Chinese voice; the sentence being read is highlighted and kept in view.
const controls = document.querySelector<HTMLElement>('[data-read-aloud-controls]');
const article = document.querySelector<HTMLElement>('[data-read-aloud]');
const synth = window.speechSynthesis as SpeechSynthesis | undefined;
if (controls && article && synth && 'SpeechSynthesisUtterance' in window) {
  const want = root.lang === 'zh-Hant' ? 'zh-tw' : 'zh-cn';
  const lang = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  let voice: SpeechSynthesisVoice | undefined;
  const find = () => {
    const zh = synth.getVoices().filter((v) => lang(v).startsWith('zh'));
    voice = zh.find((v) => lang(v) === want) ?? zh[0];
    controls.hidden = !voice;
  };
  find();
  synth.addEventListener('voiceschanged', find);
  const marks = 'highlights' in CSS ? CSS.highlights : undefined;
  let queue: Sentence[] = [];
  let run = 0;
  const show = (playing: boolean, paused: boolean) => {
    for (const b of buttons('[data-ra]')) {
      const ra = b.dataset['ra'];
      b.hidden = ra === 'play' ? playing : ra === 'stop' ? !playing : !playing || (ra === 'pause') === paused;
    }
  };
  const stop = () => {
    run += 1;
    queue = [];
    synth.cancel();
    marks?.delete('read-aloud');
    show(false, false);
  };
  const speak = (i: number, mine: number) => {
    const next = queue[i];
    if (mine !== run) return;
    if (!next || !voice) return stop();
    marks?.set('read-aloud', new Highlight(next.range));
    // Keep the sentence in view (the range itself: a paragraph can be taller than the screen).
    const box = next.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) scrollBy(0, box.top - innerHeight / 3);
    const u = new SpeechSynthesisUtterance(next.text);
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = () => speak(i + 1, mine);
    synth.speak(u);
  };
  controls.addEventListener('click', (e) => {
    const ra = clicked(e, 'data-ra');
    if (ra === 'play') {
      stop();
      queue = sentences(article);
      show(true, false);
      speak(0, run);
    } else if (ra === 'pause') {
      synth.pause();
      show(true, true);
    } else if (ra === 'resume') {
      synth.resume();
      show(true, false);
    } else if (ra === 'stop') stop();
  });
}

/** A sentence: its place in the page (to highlight) and its words (pinyin and markup left out). */
type Sentence = { range: Range; text: string };

/** The article's sentences: ended by 。！？；, a line break or the end of a block. */
function sentences(el: HTMLElement): Sentence[] {
  // The visible text: on a 注音 page that is the ruby's characters (not the pinyin, not the
  // screen-reader copy), so the highlight is where the reader looks.
  const skip = '[data-no-read],rt,rp,script,style,button,nav,[hidden],.sr-only';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Sentence[] = [];
  let range: Range | undefined;
  let text = '';
  let block: Element | null = null;
  const end = (node: Node, at: number) => {
    if (range && text.trim()) { range.setEnd(node, at); out.push({ range, text: text.trim() }); }
    range = undefined;
    text = '';
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const here = node.parentElement?.closest('p,li,h1,h2,h3,h4,dt,dd,td,th,caption,div');
    if (range && here !== block) end(range.endContainer, range.endOffset);
    block = here ?? null;
    const chars = node.textContent ?? '';
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (!range && /\s/.test(ch)) continue;
      if (!range) { range = document.createRange(); range.setStart(node, i); }
      range.setEnd(node, i + 1);
      text += ch;
      if (/[。！？；!?\n]/.test(ch)) end(node, i + 1);
    }
  }
  if (range) end((range as Range).endContainer, (range as Range).endOffset);
  return out;
}
