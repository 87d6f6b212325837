// The link check on its own thread (link-check.ts: brokenSiteLinksAside).
import { parentPort, workerData } from 'node:worker_threads';
import { brokenSiteLinks } from './link-check.ts';

const { dist, files } = workerData as { dist: string; files: string[] };
parentPort?.postMessage(brokenSiteLinks(dist, files));
