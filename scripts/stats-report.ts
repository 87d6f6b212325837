// `npm run stats -- --log /var/log/nginx/zhuxue.access.log --out /srv/zhuxue/stats/index.html`:
// the staff's daily visitor report, made by GoAccess from the anonymised nginx log, in Chinese,
// as one static HTML page outside the public site: most-read pages of each edition, referrers,
// 404s, and the searches typed into the header box (/search/?q=…). docs/deploy.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The zhuxue_anon log format of deploy/nginx/zhuxue-http.conf, in GoAccess's terms. */
const GOACCESS_FORMAT = ['--log-format=%h %^ %^ [%d:%t %^] "%r" %s %b "%R" "%u"', '--date-format=%d/%b/%Y', '--time-format=%T'];

const { values } = parseArgs({ options: { log: { type: 'string' }, out: { type: 'string' } } });
if (!values.log || !values.out || !existsSync(values.log)) {
  console.error('用法：npm run stats -- --log /var/log/nginx/zhuxue.access.log --out /srv/zhuxue/stats/index.html（日志文件要存在）');
  process.exit(1);
}
if (spawnSync('goaccess', ['--version']).error) {
  console.error('没有找到 GoAccess：请以 root 身份运行 apt-get install -y goaccess');
  process.exit(1);
}
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
// GoAccess speaks Chinese through gettext: LANGUAGE is enough, no zh_CN locale needs to be installed.
const r = spawnSync('goaccess', [resolve(values.log), ...GOACCESS_FORMAT, '--html-report-title=助学就业 访问统计', '-o', out], {
  encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'zh_CN' },
});
if (r.status !== 0) {
  console.error(`GoAccess 没能生成报告：${r.stderr}`);
  process.exit(1);
}
console.log(`访问统计已写到 ${out}`);
