// /admin/status/: what staff need after 发布 — is it live yet, did the check refuse it (with the
// file, field and fix), who changed what and when, and (for reviewers) 撤销 on any change.
// Plain HTML and a form: no script, so it works when Decap's does not.
import type { StaffMember } from '../../../src/lib/admin/staff.ts';
import { ROLE_NAMES } from '../../../src/lib/admin/staff.ts';
import type { Change } from './git.ts';
import type { DeployStatus, StaffEvent } from './state.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

function deploySection(status: DeployStatus, pending: boolean, site: string): string {
  const parts: string[] = [];
  if (status.running) parts.push(`<p class="busy" role="status">正在上线（${esc(status.running.by)} ${esc(status.running.reason)}，${time(status.running.since)} 开始）：通常一分钟内完成，完成后刷新本页。</p>`);
  if (pending) parts.push('<p class="busy" role="status">还有一次发布在排队：这一次上线完成后马上接着上线。</p>');
  const last = status.last;
  if (!last) parts.push('<p>还没有从后台上线过。</p>');
  else if (last.ok) parts.push(`<p class="ok">最近一次上线成功：${time(last.finished)}，用时 ${last.seconds.toFixed(0)} 秒（版本 <code>${esc(last.commit.slice(0, 7))}</code>）。<a href="${esc(site)}/">打开网站</a></p>`);
  else {
    parts.push(`<div class="failed" role="alert"><h3>最近一次上线没有成功（${time(last.finished)}），网站保持原样</h3>`
      + '<p>读者看到的仍是上一次成功上线的版本。请按下面的提示修改（或在“修改记录”里撤销出错的那次修改），再发布一次。</p>'
      + `<pre>${esc(last.report)}</pre></div>`);
    if (status.lastOk) parts.push(`<p>网站现在是 ${time(status.lastOk.finished)} 上线的版本（<code>${esc(status.lastOk.commit.slice(0, 7))}</code>）。</p>`);
  }
  return `<section aria-labelledby="live"><h2 id="live">上线状态</h2>${parts.join('')}</section>`;
}

function historySection(changes: readonly Change[], canUndo: boolean): string {
  const rows = changes.map((c, i) => {
    const undo = canUndo && i < changes.length - 1
      ? `<form method="post" action="/admin/status/undo"><input type="hidden" name="commit" value="${esc(c.commit)}"><button type="submit">撤销这次修改</button></form>`
      : '';
    return `<tr><td>${time(c.date)}</td><td>${esc(c.author)}</td><td>${esc(c.subject)}</td><td>${undo}</td></tr>`;
  }).join('');
  const note = canUndo ? '撤销会新增一条“撤销”记录并重新上线；原来的记录保留。' : '只有审核人可以撤销。';
  return `<section aria-labelledby="history"><h2 id="history">修改记录</h2><p>${note}</p>
<table><caption class="sr">最近 ${changes.length} 次修改，新的在上</caption><thead><tr><th scope="col">时间</th><th scope="col">谁</th><th scope="col">改了什么</th><th scope="col"><span class="sr">操作</span></th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function eventsSection(events: readonly StaffEvent[]): string {
  if (!events.length) return '';
  const items = events.map((e) => `<li><strong>${time(e.at)} ${esc(e.who)}：${esc(e.what)}</strong>${e.detail ? `<pre>${esc(e.detail)}</pre>` : ''}</li>`).join('');
  return `<section aria-labelledby="refused"><h2 id="refused">最近的操作（含被拦下的）</h2><ul>${items}</ul></section>`;
}

export function statusPage(o: { member: StaffMember; status: DeployStatus; pending: boolean; changes: readonly Change[]; events: readonly StaffEvent[]; site: string; notice?: string; noticeOk?: boolean }): string {
  const notice = o.notice ? `<div class="${o.noticeOk ? 'ok' : 'failed'}" role="${o.noticeOk ? 'status' : 'alert'}"><pre>${esc(o.notice)}</pre></div>` : '';
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>上线状态与修改记录 · 内容管理 · 助学就业</title>
<style>
body{font:1rem/1.7 system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}
.ok{border-left:.3rem solid #1d6b2f;padding-left:.6rem}.failed{border-left:.3rem solid #a4161a;padding-left:.6rem}.busy{border-left:.3rem solid #8a5a00;padding-left:.6rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}button{font:inherit;padding:.2rem .6rem}a{color:#0b4f8a}
</style></head><body><main>
<p><a href="/admin/">← 回到内容管理</a></p>
<h1>上线状态与修改记录</h1>
<p>你好，${esc(o.member.name)}（${ROLE_NAMES[o.member.role]}）。</p>
${notice}${deploySection(o.status, o.pending, o.site)}${eventsSection(o.events)}${historySection(o.changes, o.member.role === 'reviewer')}
</main></body></html>
`;
}
