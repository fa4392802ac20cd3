import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RemoteContextUnavailable, RemoteProblem } from './remote-errors.js';
import { answered, type RemoteProcess, ShopProcesses } from './shop-processes.js';

/** A stand-in for another process of the shop: answers what the test says, records what it got. */
function otherProcess() {
  const received: { url: string; headers: IncomingHttpHeaders }[] = [];
  let reply: { status: number; body: unknown } = { status: 200, body: { paths: {} } };
  const server: Server = createServer((request, response) => {
    received.push({ url: request.url!, headers: request.headers });
    response.writeHead(reply.status, {
      'content-type': reply.status < 400 ? 'application/json' : 'application/problem+json',
    });
    response.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
  });
  return {
    received,
    answer: (status: number, body: unknown) => (reply = { status, body }),
    start: () =>
      new Promise<RemoteProcess>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve({
            baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
            contexts: ['shipping'],
            prefixes: ['/api/shipments'],
          }),
        ),
      ),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('ShopProcesses', () => {
  const other = otherProcess();
  let process: RemoteProcess;
  beforeAll(async () => {
    process = await other.start();
  });
  afterAll(() => other.stop());

  it('asks with the caller’s token and request id, for the other process’s own part', async () => {
    other.answer(200, { items: [] });
    const processes = new ShopProcesses([process], 1000);
    const caller = { authorization: 'Bearer abc', requestId: 'req-42' };
    const { others, unreachable } = await processes.gather(
      'shop',
      'GET',
      '/api/admin/dead-letters',
      caller,
      () => Promise.resolve({ items: ['mine'] }),
    );
    expect(others).toEqual([{ process, answer: { items: [] } }]);
    expect(unreachable).toEqual([]);
    const asked = other.received.at(-1)!;
    expect(asked.url).toBe('/api/admin/dead-letters?scope=process');
    expect(asked.headers).toMatchObject({ authorization: 'Bearer abc', 'x-request-id': 'req-42' });
  });

  it('passes the other process’s refusal of the caller on, and names the contexts of a process away', async () => {
    other.answer(403, { code: 'AUTH.ADMIN_ROLE_REQUIRED', detail: 'admins only' });
    const processes = new ShopProcesses([process], 1000);
    const refused = await processes.askEach('GET', '/api/admin/modules');
    expect(() => answered(refused)).toThrow(RemoteProblem);
    expect(refused[0]).toMatchObject({
      error: { code: 'AUTH.ADMIN_ROLE_REQUIRED', kind: 'forbidden' },
    });

    other.answer(200, '<html>a proxy’s page</html>');
    await expect(processes.ask(process, 'GET', '/api/admin/modules')).rejects.toThrow(
      RemoteContextUnavailable,
    );

    const away = new ShopProcesses([{ ...process, baseUrl: 'http://127.0.0.1:1' }], 1000);
    const answers = await away.askEach('GET', '/api/admin/modules');
    expect(answers[0]).toMatchObject({ error: expect.any(RemoteContextUnavailable) });
    expect(answered(answers)).toEqual({ answers: [], unreachable: ['shipping'] });
  });

  it('looks for a thing here first, then in each other process; away and not found elsewhere is a 503', async () => {
    const notHere = () =>
      Promise.reject(new RemoteProblem('MESSAGING.DEAD_LETTER_NOT_FOUND', 404, 'no'));
    other.answer(200, { id: 'theirs' });
    const processes = new ShopProcesses([process], 1000);
    const caller = { requestId: 'req-1' };
    expect(await processes.firstFound('shop', 'POST', '/x/replay', caller, notHere)).toEqual({
      id: 'theirs',
    });
    expect(other.received.at(-1)!.url).toBe('/x/replay?scope=process');
    await expect(processes.firstFound('process', 'GET', '/x', caller, notHere)).rejects.toThrow(
      RemoteProblem,
    );
    other.answer(404, { code: 'MESSAGING.DEAD_LETTER_NOT_FOUND', detail: 'no' });
    await expect(processes.firstFound('shop', 'GET', '/x', caller, notHere)).rejects.toMatchObject({
      code: 'MESSAGING.DEAD_LETTER_NOT_FOUND',
    });
    const away = new ShopProcesses([{ ...process, baseUrl: 'http://127.0.0.1:1' }], 1000);
    await expect(away.firstFound('shop', 'GET', '/x', caller, notHere)).rejects.toThrow(
      RemoteContextUnavailable,
    );
  });

  it('reuses a document a few seconds, then serves the last one it got while the process is away', async () => {
    other.answer(200, { paths: { '/api/shipments': {} } });
    const processes = new ShopProcesses([process], 1000);
    const asked = () =>
      other.received.filter((r) => r.url === '/openapi.json?scope=process').length;
    const before = asked();
    const t0 = 1_000_000;
    expect(await processes.documentParts('/openapi.json', t0)).toEqual([
      { process, document: { paths: { '/api/shipments': {} } }, state: 'merged' },
    ]);
    await processes.documentParts('/openapi.json', t0 + 4_000);
    expect(asked()).toBe(before + 1);

    other.answer(503, { code: 'DATABASE.UNAVAILABLE' });
    const [stale] = await processes.documentParts('/openapi.json', t0 + 6_000);
    expect(stale).toMatchObject({ state: 'stale', document: { paths: { '/api/shipments': {} } } });
    expect(asked()).toBe(before + 2);

    const never = new ShopProcesses([{ ...process, baseUrl: 'http://127.0.0.1:1' }], 1000);
    expect(await never.documentParts('/openapi.json', t0)).toEqual([
      { process: { ...process, baseUrl: 'http://127.0.0.1:1' }, state: 'unreachable' },
    ]);
  });
});
