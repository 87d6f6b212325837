import { createServer, type Server } from 'node:net';

/** `n` ports on 127.0.0.1 that nobody listens on, taken at once so that they differ. */
export async function freePorts(n: number): Promise<number[]> {
  const open = () => new Promise<Server>((done) => { const s = createServer().listen(0, '127.0.0.1', () => done(s)); });
  const servers = await Promise.all(Array.from({ length: n }, open));
  const ports = servers.map((s) => { const a = s.address(); return typeof a === 'object' && a ? a.port : 0; });
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  return ports;
}

export const freePort = async () => (await freePorts(1))[0]!;
