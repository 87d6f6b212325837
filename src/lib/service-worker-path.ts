/**
 * The service worker of an edition, whose scope is the edition: '/sw.js', '/zh-hant/sw.js'.
 * A module of its own so that the header script, which every page loads, bundles this line
 * and nothing else of offline reading (src/lib/offline.ts).
 */
export const serviceWorkerPath = (prefix: string) => `${prefix}/sw.js`;
