import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient } from './api-client.js';

const ItemSchema = z.object({ title: z.string() });

/**
 * A stand-in API answering 304 by the rule the real one uses (the `fresh` package, as Express):
 * the tag must match and the request must not say `Cache-Control: no-cache`.
 */
function startApi() {
  const state = { title: 'First', version: 1, statuses: [] as number[] };
  const isFresh = (req: IncomingMessage) =>
    req.headers['if-none-match'] === `"v${state.version}"` &&
    !/(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? '');
  const server = createServer((req, res) => {
    const status = isFresh(req) ? 304 : 200;
    state.statuses.push(status);
    res.writeHead(status, { etag: `"v${state.version}"`, 'content-type': 'application/json' });
    res.end(status === 304 ? undefined : JSON.stringify({ title: state.title }));
  });
  server.listen(0, '127.0.0.1');
  return { server, state };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

it('revalidates with the ETag through fetch and gets a 304 while the content is unchanged', async () => {
  const { server, state } = startApi();
  stop = () => server.close();
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address() as AddressInfo;
  const api = new ApiClient(`http://127.0.0.1:${port}`);

  expect(await api.get('/item', ItemSchema)).toEqual({ title: 'First' });
  expect(await api.get('/item', ItemSchema)).toEqual({ title: 'First' });
  expect(state.statuses).toEqual([200, 304]);

  Object.assign(state, { title: 'Published', version: 2 });
  expect(await api.get('/item', ItemSchema)).toEqual({ title: 'Published' });
  expect(state.statuses).toEqual([200, 304, 200]);
});
