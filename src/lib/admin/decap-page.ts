// Decap's own files and the page that starts it: the same for the dev admin (npm run admin)
// and the live admin (scripts/admin-server.ts). Never from a CDN.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const DECAP_DIST = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/** Decap's files are plain names in its dist folder (decap-cms.js, 103.decap-cms.js, …). */
export const DECAP_FILE = /^[\w.-]+\.(js|wasm|css)$/;

export const decapType = (name: string) =>
  name.endsWith('.js') ? 'text/javascript; charset=utf-8' : name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/octet-stream';

/**
 * The admin page; noindex. `links` is plain HTML put before Decap's root (the live admin's
 * link to its status page): it works before, and without, Decap's script.
 */
export const decapPage = (links = '') => `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>内容管理 · 助学就业</title>
<link href="/admin/config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
${links}<script src="/admin/decap-cms.js"></script>
</body>
</html>
`;
