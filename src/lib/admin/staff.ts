// The staff accounts of the live admin: one file that nginx reads for its logins (auth_basic)
// and the admin server reads for roles and names. nginx takes `login:hash` and ignores what
// follows the next colon, so each line carries the role and the name commits are signed with:
//   zhangsan:$2b$10$…:editor:张三
import bcrypt from 'bcryptjs';

export const ROLES = ['editor', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do, in the words staff see. */
export const ROLE_NAMES: Record<Role, string> = { editor: '编辑（撰写、提交审核）', reviewer: '审核人（审核、发布、撤销）' };

export interface StaffMember {
  login: string;
  hash: string;
  role: Role;
  /** The name on every commit this person makes (the login when none was given). */
  name: string;
}

/** Logins are what a browser's login box sends: plain letters keep every browser and nginx in step. */
export const LOGIN = /^[a-z][a-z0-9._-]{1,31}$/;
/** bcrypt's cost: about 60 ms per check by nginx on these machines (measured in docs/deploy.md). */
export const BCRYPT_COST = 10;
export const MIN_PASSWORD = 12;

export function parseStaff(text: string): StaffMember[] {
  const staff: StaffMember[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [login = '', hash = '', role = '', ...name] = line.split(':');
    if (!LOGIN.test(login) || !hash.startsWith('$2') || !ROLES.includes(role as Role)) continue;
    staff.push({ login, hash, role: role as Role, name: name.join(':').trim() || login });
  }
  return staff;
}

export function formatStaff(staff: readonly StaffMember[]): string {
  const head = '# 助学就业 内容管理账号（npm run staff 维护，不要手改）：登录名:密码哈希:角色:姓名\n';
  return head + staff.map((s) => `${s.login}:${s.hash}:${s.role}:${s.name}\n`).join('');
}

/** Why a new account cannot be made as asked, in Chinese, or undefined when it can. */
export function accountProblem(login: string, role: string, password: string, name = ''): string | undefined {
  if (!LOGIN.test(login)) return `登录名“${login}”不合要求：请用 2–32 个小写英文字母、数字或 . _ -，以字母开头（例如 zhangsan）`;
  if (!ROLES.includes(role as Role)) return `角色“${role}”不存在：请写 --role editor（编辑）或 --role reviewer（审核人）`;
  if (/[:\n]/.test(name)) return '姓名里不能有冒号或换行';
  if ([...password].length < MIN_PASSWORD) return `密码太短：至少 ${MIN_PASSWORD} 个字符（可以用几个词连起来，好记又难猜）`;
  if (password.toLowerCase().includes(login)) return '密码里不能含登录名';
  return undefined;
}

export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_COST);
