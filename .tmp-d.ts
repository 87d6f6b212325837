import { readFieldDocs } from './src/lib/admin/field-docs.ts';
for (const [k,v] of readFieldDocs('src/schemas/guide.ts')) console.log(k, '=>', v.slice(0,30));
