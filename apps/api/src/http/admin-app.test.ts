import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/use-test-app.js';
import { adminAppRouter } from './admin-app.js';

const adminDir = mkdtempSync(join(tmpdir(), 'toolkit-admin-'));
mkdirSync(join(adminDir, 'assets'));
writeFileSync(
  join(adminDir, 'index.html'),
  '<!doctype html><title>Admin</title><div id="root"></div>',
);
writeFileSync(join(adminDir, 'assets', 'app-abc123.js'), 'console.log("admin")');

const testApp = useTestApp({ config: { adminDir } });

describe('the admin app under /admin', () => {
  it.each(['/admin', '/admin/', '/admin/content/topics', '/admin/users/123/edit'])(
    'answers %s with the app shell, revalidated on every load',
    async (path) => {
      const res = await request(testApp.app).get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('<div id="root">');
    },
  );

  it('serves hashed assets with a year-long cache', async () => {
    const res = await request(testApp.app).get('/admin/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing asset with 404, not the app shell', async () => {
    const res = await request(testApp.app).get('/admin/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('never serves files outside its folder', async () => {
    const res = await request(testApp.app).get('/admin/..%2f..%2fetc%2fpasswd');
    expect(res.text).not.toContain('root:');
  });

  it('leaves the API unchanged', async () => {
    const res = await request(testApp.app).get('/api/v1/topics?pageSize=1');
    expect(res.status).toBe(200);
  });

  it('refuses a folder without an app in it', () => {
    expect(() => adminAppRouter(tmpdir())).toThrow(/index.html/);
  });
});
