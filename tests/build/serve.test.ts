// The static server the browser tests use: it says plainly when its port is taken.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT } from '../helpers/content-copy.ts';

it('stops with a clear message when the port is busy', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const port = (blocker.address() as { port: number }).port;
  const r = spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/serve.ts'), '--port', String(port), '--dir', join(PROJECT, 'tests/fixtures/site')], { encoding: 'utf8' });
  blocker.close();
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`端口 ${port} 已被占用`);
});
