import { createHash } from 'node:crypto';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@peer-toolkit/core';
import type SqliteDatabase from 'better-sqlite3';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteSpec } from '../http/route.js';
import { AdminSamples, type SampleCall } from '../testing/admin-samples.js';
import { expectProblem } from '../testing/expect-problem.js';
import { listAdminRoutes } from '../testing/route-specs.js';
import { TEST_ORIGIN } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';
import { useTestApp } from '../testing/use-test-app.js';

const routes = listAdminRoutes();
const testApp = useTestApp();
const samples = new AdminSamples(testApp);
let db: SqliteDatabase.Database;

beforeAll(() => {
  db = openTestDatabase(testApp, { readonly: true });
});
afterAll(() => {
  db.close();
});

/**
 * A fingerprint of every table. A session's last_seen_at is left out: recording activity is
 * how the idle timeout works, and it is written at most once a minute.
 */
function snapshot(options: { withAudit: boolean }): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const result: Record<string, string> = {};
  for (const table of tables.sort()) {
    if (table === 'audit_log' && !options.withAudit) continue;
    const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    const kept = rows
      .map((row) => {
        if (table !== 'sessions') return JSON.stringify(row);
        const { last_seen_at: _, ...rest } = row;
        return JSON.stringify(rest);
      })
      .sort();
    result[table] = createHash('sha256').update(JSON.stringify(kept)).digest('hex');
  }
  return result;
}

/** Sends a sample call with exactly the Origin and CSRF header given (none when undefined). */
function sendAs(call: SampleCall, origin: string | undefined, csrfHeader: string | undefined) {
  let req = request(testApp.app)[call.method](`/api/v1${call.path}`);
  if (origin !== undefined) req = req.set('Origin', origin);
  if (csrfHeader !== undefined) req = req.set(CSRF_HEADER, csrfHeader);
  if (call.client?.cookie) req = req.set('Cookie', call.client.cookie);
  for (const [name, value] of Object.entries(call.headers ?? {})) req = req.set(name, value);
  return call.body === undefined ? req : req.send(call.body as object);
}

const label = (spec: RouteSpec) =>
  `${spec.method.toUpperCase()} ${spec.path} (${spec.operationId})`;

describe('GET requests to the admin', () => {
  it('never change content, users or sessions, for every admin GET route', async () => {
    const gets = routes.filter((spec) => spec.method === 'get');
    expect(gets.length).toBeGreaterThanOrEqual(10);
    for (const spec of gets) {
      const call = await samples.prepare(spec.operationId, spec.access ?? 'public');
      const before = snapshot({ withAudit: false });
      const res = await sendAs(call, TEST_ORIGIN, CSRF_HEADER_VALUE);
      expect(res.status, `${label(spec)}: ${res.text.slice(0, 200)}`).toBe(200);
      expect(snapshot({ withAudit: false }), label(spec)).toEqual(before);
      // Nor does the same request from another site, with no CSRF header.
      const forged = await sendAs(call, 'https://evil.example', undefined);
      expect(forged.status, label(spec)).toBe(200);
      expect(snapshot({ withAudit: false }), label(spec)).toEqual(before);
    }
  });
});

describe('state-changing requests to the admin', () => {
  const forgeries: [string, string | undefined, string | undefined][] = [
    ['no Origin', undefined, CSRF_HEADER_VALUE],
    ['another site’s Origin', 'https://evil.example', CSRF_HEADER_VALUE],
    ['a look-alike Origin', `${TEST_ORIGIN}.evil.example`, CSRF_HEADER_VALUE],
    ['another port', 'http://127.0.0.1:4001', CSRF_HEADER_VALUE],
    ['the https scheme', TEST_ORIGIN.replace('http:', 'https:'), CSRF_HEADER_VALUE],
    ['a null Origin', 'null', CSRF_HEADER_VALUE],
    ['no CSRF header', TEST_ORIGIN, undefined],
    ['an empty CSRF header', TEST_ORIGIN, ''],
  ];

  it('are refused with 403, changing nothing, without the right Origin and header; accepted with them', async () => {
    const changing = routes.filter((spec) => spec.method !== 'get');
    expect(changing.length).toBeGreaterThanOrEqual(15);
    for (const spec of changing) {
      const call = await samples.prepare(spec.operationId, spec.access ?? 'public');
      const before = snapshot({ withAudit: true });
      for (const [how, origin, header] of forgeries) {
        const res = await sendAs(call, origin, header);
        const problem = expectProblem(res, 403, 'FORBIDDEN');
        expect(problem.detail, `${label(spec)} with ${how}`).toMatch(/admin pages/);
        expect(res.headers['set-cookie'], `${label(spec)} with ${how}`).toBeUndefined();
      }
      expect(snapshot({ withAudit: true }), label(spec)).toEqual(before);

      const res = await sendAs(call, TEST_ORIGIN, CSRF_HEADER_VALUE);
      const [success] = spec.responses;
      expect(res.status, `${label(spec)}: ${res.text.slice(0, 300)}`).toBe(success.status);
    }
  });

  it('are refused when only a Referer names the admin', async () => {
    const call = await samples.prepare('updateSecuritySettings', 'admin');
    const res = await sendAs(call, undefined, CSRF_HEADER_VALUE).set('Referer', `${TEST_ORIGIN}/`);
    expectProblem(res, 403, 'FORBIDDEN');
  });

  it('check the Origin before reading the body, so a forged import is not even parsed', async () => {
    const call = await samples.prepare('updateSecuritySettings', 'admin');
    const res = await sendAs({ ...call, body: undefined }, 'https://evil.example', undefined)
      .set('Content-Type', 'application/json')
      .send('{not json');
    expectProblem(res, 403, 'FORBIDDEN');
  });
});

describe('CORS', () => {
  const site = 'https://site.example.org';
  const corsApp = useTestApp({ config: { allowedOrigins: [site] } });

  const preflight = (path: string, origin: string, method: string) =>
    request(corsApp.app)
      .options(`/api/v1${path}`)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', `content-type, ${CSRF_HEADER}`);

  it('never allows credentials, for any origin or route', async () => {
    for (const origin of [site, TEST_ORIGIN, 'https://evil.example']) {
      for (const path of ['/topics', '/admin/auth/sign-in', '/admin/content/topics']) {
        const pre = await preflight(path, origin, 'POST');
        expect(
          pre.headers['access-control-allow-credentials'],
          `${origin} ${path}`,
        ).toBeUndefined();
        const get = await request(corsApp.app).get(`/api/v1${path}`).set('Origin', origin);
        expect(
          get.headers['access-control-allow-credentials'],
          `${origin} ${path}`,
        ).toBeUndefined();
        expect(get.headers['access-control-allow-origin']).not.toBe('*');
      }
    }
  });

  it('lets only the configured site read public content, and never with a wildcard', async () => {
    const allowed = await request(corsApp.app).get('/api/v1/topics').set('Origin', site);
    expect(allowed.headers['access-control-allow-origin']).toBe(site);
    const other = await request(corsApp.app)
      .get('/api/v1/topics')
      .set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const adminOrigin = await preflight('/admin/content/topics', TEST_ORIGIN, 'PUT');
    expect(adminOrigin.headers['access-control-allow-origin']).toBeUndefined();
    const put = await preflight('/admin/content/topics', site, 'PUT');
    expect(put.headers['access-control-allow-methods'] ?? '').not.toMatch(/PUT|PATCH|DELETE/);
  });

  it('does not let the CORS-allowed site make admin changes', async () => {
    const res = await request(corsApp.app)
      .post('/api/v1/admin/auth/sign-in')
      .set('Origin', site)
      .set(CSRF_HEADER, CSRF_HEADER_VALUE)
      .send({ email: 'someone@example.org', password: 'whatever-it-is' });
    expectProblem(res, 403, 'FORBIDDEN');
  });
});
