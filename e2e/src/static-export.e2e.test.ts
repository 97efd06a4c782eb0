import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Servers, startServers } from './harness/servers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let servers: Servers;
let outDir: string;

beforeAll(async () => {
  servers = await startServers();
  outDir = mkdtempSync(join(tmpdir(), 'toolkit-static-'));
});
afterAll(async () => {
  await servers?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

it('writes every query-free page, the sitemap, robots.txt and the assets they link to', () => {
  const result = spawnSync(process.execPath, [join(root, 'apps/site/dist/export.js'), outDir], {
    env: {
      ...process.env,
      API_URL: servers.apiUrl,
      PUBLIC_SITE_URL: 'https://toolkit.example.org',
    },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);

  const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>https:\/\/toolkit\.example\.org([^<]*)<\/loc>/g)].map(
    (match) => match[1] ?? '',
  );
  expect(paths.length).toBeGreaterThan(30);
  for (const path of paths) {
    const file = path === '/' ? join(outDir, 'index.html') : join(outDir, path, 'index.html');
    expect(existsSync(file), path).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html, path).toContain(
      `<link rel="canonical" href="https://toolkit.example.org${path}"/>`,
    );
    for (const [, asset] of html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)) {
      expect(existsSync(join(outDir, asset ?? '')), `${path} links to ${asset}`).toBe(true);
    }
  }
  expect(readFileSync(join(outDir, '404.html'), 'utf8')).toContain('Page not found');
  expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(
    'Sitemap: https://toolkit.example.org/sitemap.xml',
  );
});
