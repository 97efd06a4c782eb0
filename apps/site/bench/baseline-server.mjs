// The baseline: a bare node:http server answering with the bytes captured from the built site —
// each page's HTML and every file it references, gzip-encoded exactly as the site sent them to a
// client that accepts gzip. Started by page-budget.mjs with fork(): { routes } in, { port } out.
import { createServer } from 'node:http';

process.once('message', ({ routes }) => {
  const byPath = new Map(
    routes.map(({ path, headers, identity, gzip }) => [
      path,
      {
        headers,
        identity: Buffer.from(identity, 'base64'),
        gzip: gzip === undefined ? undefined : Buffer.from(gzip, 'base64'),
      },
    ]),
  );

  const server = createServer((req, res) => {
    const route = byPath.get(req.url);
    if (!route) {
      res.writeHead(404, { 'content-length': 0 }).end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const bytes = acceptsGzip && route.gzip ? route.gzip : route.identity;
    res.writeHead(200, {
      ...route.headers,
      ...(route.gzip ? { vary: 'Accept-Encoding' } : {}),
      ...(bytes === route.gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': bytes.length,
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  });

  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
});

// Never outlive the benchmark, even when it is killed without a chance to clean up.
process.once('disconnect', () => process.exit(0));
