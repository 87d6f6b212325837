// Read aloud, with the browser's speech synthesis replaced by a recorder: the text sent, its
// language, the controls, the highlighted sentence; hidden without speech or a Chinese voice.
import { expect, test, type Page } from '@playwright/test';

const NEWS = '/news/2018-09-30-a907c374/';

/** A speechSynthesis that records what it is asked to say; `voices` are the voices it offers. */
function stubSpeech(page: Page, voices: string[]) {
  return page.addInitScript((langs) => {
    const spoken: { text: string; lang: string; onend: (() => void) | null }[] = [];
    const calls: string[] = [];
    class Utterance { text: string; lang = ''; voice: unknown = null; onend: (() => void) | null = null; constructor(t: string) { this.text = t; } }
    Object.assign(window, { SpeechSynthesisUtterance: Utterance, spoken, calls });
    Object.defineProperty(window, 'speechSynthesis', { value: {
      getVoices: () => langs.map((lang) => ({ lang, name: lang })),
      speak: (u: { text: string; lang: string; onend: (() => void) | null }) => spoken.push(u),
      pause: () => calls.push('pause'), resume: () => calls.push('resume'), cancel: () => calls.push('cancel'),
      addEventListener: () => undefined,
    } });
  }, voices);
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken.map((u) => ({ text: u.text, lang: u.lang })));
/** Let the recorder finish the current sentence, as a real voice would. */
const finish = (page: Page) => page.evaluate(() => { const s = (window as unknown as { spoken: { onend: () => void }[] }).spoken; s[s.length - 1]!.onend(); });
const highlighted = (page: Page) => page.evaluate(() => { const h = CSS.highlights.get('read-aloud'); return h ? [...h].map((r) => r.toString()).join('') : null; });

test('reads the article sentence by sentence in zh-CN, highlighting each; pause, resume, stop', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'zh-CN', 'zh-TW']);
  await page.goto(NEWS);
  const group = page.getByRole('group', { name: '朗读本文' });
  await expect(group).toBeVisible();
  await group.getByRole('button', { name: '朗读' }).click();
  expect(await spoken(page)).toEqual([{ text: '山东省工会“阳光就业”“金秋助学”成效凸显', lang: 'zh-CN' }]);
  expect(await highlighted(page)).toBe('山东省工会“阳光就业”“金秋助学”成效凸显');
  await finish(page);
  await finish(page);
  const [, meta, first] = await spoken(page);
  expect(meta!.text).toContain('2018年9月30日');
  expect(first!.text).toBe('为推动解决困难职工家庭子女上学难、就业难问题，山东省各级工会2017年继续深入开展困难职工家庭高校毕业生阳光就业行动和金秋助学活动，在多方筹措资金开展传统帮扶的同时，注重延伸帮扶链条，提供多元化的阳光就业服务，取得显著成效。');
  expect(await highlighted(page)).toBe(first!.text);

  await group.getByRole('button', { name: '暂停' }).click();
  await expect(group.getByRole('button', { name: '继续' })).toBeVisible();
  await group.getByRole('button', { name: '继续' }).click();
  await group.getByRole('button', { name: '停止' }).click();
  expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual(['cancel', 'pause', 'resume', 'cancel']);
  await expect(group.getByRole('button', { name: '朗读' })).toBeVisible();
  await expect(group.getByRole('button', { name: '停止' })).toBeHidden();
  expect(await highlighted(page)).toBeNull();
});

test('reads the article to the end, each sentence scrolled into view, and nothing else: not the navigation', async ({ page }) => {
  await stubSpeech(page, ['zh-CN']);
  await page.goto(NEWS);
  await page.getByRole('button', { name: '朗读' }).click();
  const inView = () => page.evaluate(() => {
    const r = ([...CSS.highlights.get('read-aloud') ?? []][0] as Range | undefined)?.getBoundingClientRect();
    return !r || (r.top >= 0 && r.bottom <= innerHeight);
  });
  for (let i = 0; i < 200 && await page.getByRole('button', { name: '停止' }).isVisible(); i++) {
    expect(await inView(), `sentence ${i + 1} is on screen`).toBe(true);
    await finish(page);
  }
  const texts = (await spoken(page)).map((u) => u.text);
  expect(texts.length).toBeGreaterThan(10);
  expect(texts.at(-1)).toContain('来源');
  for (const t of texts) expect(t).not.toMatch(/^(?:首页|分类|金秋助学$|注音版)/);
});

test('the Traditional edition reads with a zh-TW voice; the 注音 page reads the text, not the pinyin', async ({ page }) => {
  await stubSpeech(page, ['zh-CN', 'zh-TW']);
  await page.goto(`/zh-hant${NEWS}`);
  await page.getByRole('button', { name: '朗讀' }).click();
  expect(await spoken(page)).toEqual([{ text: '山東省工會“陽光就業”“金秋助學”成效凸顯', lang: 'zh-TW' }]);
  await page.goto(`${NEWS}zhuyin/`);
  await page.getByRole('button', { name: '朗读' }).click();
  expect((await spoken(page))[0]!.text).toBe('山东省工会“阳光就业”“金秋助学”成效凸显');
  await finish(page);
  await finish(page);
  for (const u of await spoken(page)) expect(u.text).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2}/);
});

test('no speech synthesis, or no Chinese voice: the control is not shown', async ({ page }) => {
  await page.addInitScript(() => { Object.defineProperty(window, 'speechSynthesis', { value: undefined }); });
  await page.goto(NEWS);
  await expect(page.getByRole('button', { name: '大字' })).toBeVisible(); // the script ran
  await expect(page.getByRole('group', { name: '朗读本文' })).toBeHidden();
  const other = await page.context().newPage();
  await stubSpeech(other, ['en-US', 'fr-FR']);
  await other.goto(NEWS);
  await expect(other.getByRole('button', { name: '大字' })).toBeVisible();
  await expect(other.getByRole('group', { name: '朗读本文' })).toBeHidden();
});
