import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { ApiClient } from './api/api-client.js';
import { createSiteApp } from './app.js';

it('logs each request without its query, where share codes and typed labels travel', async () => {
  const lines: { req?: { url?: string } }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = createSiteApp({
    api: new ApiClient('http://127.0.0.1:9'),
    assets: { stylesheet: '/styles.css', script: (name) => `/${name}.js` },
    clientDir: mkdtempSync(join(tmpdir(), 'site-client-')),
    publicUrl: 'http://site.test',
    logger: pino({ level: 'info' }, sink),
    routes: [],
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(
      `http://127.0.0.1:${port}/robots.txt?code=SECRET-CODE&label1=Alex`,
    );
    expect(response.status).toBe(200);
  } finally {
    server.close();
  }
  const completed = lines.filter((line) => line.req?.url !== undefined);
  expect(completed.map((line) => line.req?.url)).toEqual(['/robots.txt']);
  expect(JSON.stringify(lines)).not.toMatch(/SECRET-CODE|Alex/);
});
