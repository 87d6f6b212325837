import { adminConfig } from './src/lib/admin/config.ts';
import { stringify } from 'yaml';
console.log(stringify(adminConfig({ contentDir: 'content', root: 'content', proxyUrl: 'http://127.0.0.1:8081/api/v1', siteUrl: 'http://127.0.0.1:4322' })));
