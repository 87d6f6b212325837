// Offline reading: the edition's service worker (src/sw/service-worker.ts) is installed quietly
// once the page has loaded, so it never competes with the page itself. Without it, or without
// JavaScript, the site works as before.
import { serviceWorkerPath } from '../lib/service-worker-path.ts';

// The dev server has none (it is made after the build).
if ('serviceWorker' in navigator && !import.meta.env.DEV) {
  const prefix = document.documentElement.lang.toLowerCase() === 'zh-hant' ? '/zh-hant' : '';
  addEventListener('load', () => void navigator.serviceWorker.register(serviceWorkerPath(prefix)).catch(() => undefined));
}
