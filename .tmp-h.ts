import { adminConfig } from './src/lib/admin/config.ts';
const c: any = adminConfig({ contentDir: 'content', root: 'content', proxyUrl: 'x', siteUrl: 'y' });
const walk = (fs: any[], p: string) => { for (const f of fs ?? []) { if (!f.hint) console.log(p + f.name, f.label); walk(f.fields, p + f.name + '.'); } };
for (const col of c.collections) { walk(col.fields, col.name + ':'); for (const file of col.files ?? []) walk(file.fields, col.name + ':'); }
