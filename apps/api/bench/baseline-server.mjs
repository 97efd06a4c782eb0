// The baseline: a bare node:http server answering with bytes captured from the real API.
// Started by read-benchmark.mjs with fork(); it sends { routes } over IPC and gets { port } back.
import { createServer } from 'node:http';

process.once('message', ({ routes }) => {
  const byPath = new Map(
    routes.map(({ path, headers, body }) => {
      const bytes = Buffer.from(body, 'base64');
      return [path, { headers: { ...headers, 'content-length': bytes.length }, bytes }];
    }),
  );

  const server = createServer((req, res) => {
    const route = byPath.get(req.url);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, route.headers);
    res.end(route.bytes);
  });

  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
});

// Never outlive the benchmark, even when it is killed without a chance to clean up.
process.once('disconnect', () => process.exit(0));
