// `npm run staff -- add NAME --role editor|reviewer [--name 张三]`, `remove NAME`, `list`:
// the live admin's accounts (docs/deploy.md). The password is read from standard input and
// only its bcrypt hash is stored, in the file nginx checks logins against.
//   --file /etc/zhuxue/staff.htpasswd (or PORTAL_STAFF_FILE)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { accountProblem, formatStaff, hashPassword, parseStaff, ROLE_NAMES, type Role } from '../src/lib/admin/staff.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' }, file: { type: 'string' } },
});
const file = values.file ?? process.env['PORTAL_STAFF_FILE'] ?? '/etc/zhuxue/staff.htpasswd';
const [command, login = ''] = positionals;
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const staff = existsSync(file) ? parseStaff(readFileSync(file, 'utf8')) : [];

/** Write the whole file next to itself, then rename: nginx never reads half a file. */
function save(): void {
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, formatStaff(staff), { mode: 0o640 });
  renameSync(temp, file);
}

/** One line of standard input; typed without echo when it is a terminal. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split('\n')[0]?.replace(/\r$/, '') ?? '';
  }
  process.stdout.write(prompt);
  input.setRawMode(true);
  let typed = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          input.setRawMode(false);
          input.off('data', onData);
          input.pause();
          process.stdout.write('\n');
          return resolve(typed);
        }
        if (ch === '\u0003') process.exit(130);
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}

if (command === 'list') {
  if (!staff.length) console.log(`${file} 里还没有账号：npm run staff -- add 登录名 --role editor`);
  for (const s of staff) console.log(`${s.login}\t${s.name}\t${ROLE_NAMES[s.role]}`);
} else if (command === 'add') {
  const role = values.role ?? '';
  const early = accountProblem(login, role, 'x'.repeat(64), values.name);
  if (early) fail(early);
  const password = await readPassword(`请输入 ${login} 的密码（至少 12 个字符，不显示）：`);
  if (process.stdin.isTTY && (await readPassword('再输入一次：')) !== password) fail('两次输入的密码不一样，没有保存');
  const problem = accountProblem(login, role, password, values.name);
  if (problem) fail(problem);
  const member = { login, hash: await hashPassword(password), role: role as Role, name: values.name?.trim() || login };
  const at = staff.findIndex((s) => s.login === login);
  if (at >= 0) staff[at] = member;
  else staff.push(member);
  save();
  console.log(`${at >= 0 ? '已更新' : '已添加'}账号 ${login}（${member.name}，${ROLE_NAMES[member.role]}），写入 ${file}`);
} else if (command === 'remove') {
  const at = staff.findIndex((s) => s.login === login);
  if (at < 0) fail(`${file} 里没有账号 ${login}`);
  staff.splice(at, 1);
  save();
  console.log(`已删除账号 ${login}：从现在起不能再登录`);
} else {
  fail('用法：npm run staff -- add 登录名 --role editor|reviewer [--name 姓名]；npm run staff -- remove 登录名；npm run staff -- list');
}
