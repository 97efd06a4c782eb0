import { createServer, type Server } from 'node:http';
import { ProblemDetailsSchema } from '@peer-toolkit/core';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSessionRequests } from '../testing/fuzz/admin-session-requests.js';
import { body } from '../testing/fuzz/bodies.js';
import {
  fingerprintDatabase,
  readDatabase,
  readFingerprint,
  readSessionsAndAudit,
} from '../testing/fuzz/database-fingerprint.js';
import { collectFuzzContext, type FuzzContext } from '../testing/fuzz/fuzz-context.js';
import {
  ALLOWED_ORIGIN,
  type Endpoint,
  type FuzzRequest,
  fillTemplate,
  METHODS,
  type Method,
  requestArb,
  sendFuzzRequest,
} from '../testing/fuzz/fuzz-request.js';
import { adminPageHeaders, headers, withSession } from '../testing/fuzz/headers.js';
import { anyPath, firstRealValue, pathOf } from '../testing/fuzz/paths.js';
import { queryString } from '../testing/fuzz/queries.js';
import { openTestDatabase } from '../testing/test-database.js';
import { useAdminTestApp } from '../testing/use-test-app.js';

/*
 * Thousands of random and malformed requests against every route, derived from the route list,
 * the admin routes included: without a session, and for a fraction with a signed-in admin's
 * session, sending only requests that must be refused. Whatever is sent, the API must answer
 * below 500, every 4xx must be problem+json whose status is the HTTP status, and no content,
 * user or setting may change. Seeds are fixed so failures reproduce.
 */

const { testApp, admin } = useAdminTestApp({
  roles: ['admin'],
  config: { allowedOrigins: [ALLOWED_ORIGIN] },
});
let server: Server;
let ctx: FuzzContext;
let fingerprintBefore: string;
let before: ReturnType<typeof readSessionsAndAudit>;

beforeAll(async () => {
  server = createServer(testApp.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ctx = await collectFuzzContext(testApp, server, admin);
  expect(ctx.paramValues.length).toBeGreaterThan(5);
  expect(ctx.etags.length).toBeGreaterThan(3);
  fingerprintBefore = readFingerprint(testApp.dataDir);
  before = readSessionsAndAudit(testApp.dataDir);
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** The invariant for every response, whatever was sent. */
function expectWellFormed(
  req: FuzzRequest,
  res: { status: number; contentType: string; text: string },
): void {
  const where = `${req.method} ${req.url.slice(0, 300)} → ${res.status} ${res.contentType} ${res.text.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  if (req.expected) expect(req.expected, where).toContain(res.status);
  if (res.status < 400) return;
  expect(res.contentType, where).toMatch(/^application\/problem\+json(;|$)/);
  if (req.method === 'HEAD') return;
  const problem = ProblemDetailsSchema.safeParse(JSON.parse(res.text));
  expect(problem.success, where).toBe(true);
  expect(problem.data?.status, where).toBe(res.status);
}

/**
 * Runs one property with a fixed seed and returns the statuses seen per method and path, so a test
 * can check that its requests got past validation as well as being refused by it.
 */
async function fuzz(
  seed: number,
  numRuns: number,
  arbitrary: fc.Arbitrary<FuzzRequest>,
): Promise<Map<string, Set<number>>> {
  const seen = new Map<string, Set<number>>();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (req) => {
      const res = await sendFuzzRequest(server, req);
      expectWellFormed(req, res);
      const key = `${req.method} ${req.template ?? req.url.split('?')[0]}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(res.status));
    }),
    { seed, numRuns },
  );
  return seen;
}

function expectReachedAndRefused(seen: Map<string, Set<number>>, key: string): void {
  const statuses = [...(seen.get(key) ?? [])];
  expect(
    statuses.some((status) => status < 300),
    `${key} never succeeded`,
  ).toBe(true);
  expect(statuses, `${key} never refused invalid input`).toContain(422);
}

/** Every request to the route was refused, as one without a session must be. */
function expectRefusedWithoutSession(seen: Map<string, Set<number>>, endpoint: Endpoint): void {
  const key = `${endpoint.method} ${endpoint.template}`;
  const statuses = [...(seen.get(key) ?? [])];
  expect(statuses.length, `${key} was never sent`).toBeGreaterThan(0);
  expect(
    statuses.filter((status) => status < 400),
    `${key} succeeded without a session`,
  ).toEqual([]);
  if ((endpoint.spec?.access ?? 'public') !== 'public')
    expect(statuses, `${key} never asked for a session`).toContain(401);
}

describe('fuzzing every route', { timeout: 120_000 }, () => {
  it('the database fingerprint notices a change to content, users or settings, and nothing else', () => {
    const db = openTestDatabase(testApp, { fileMustExist: true });
    const changes = [
      [
        "UPDATE published_items SET content = content || ' ' WHERE rowid = (SELECT min(rowid) FROM published_items)",
        true,
      ],
      ["UPDATE users SET display_name = display_name || ' ' WHERE role = 'editor'", true],
      ['UPDATE security_settings SET value = \'["admin"]\'', true],
      ["UPDATE sessions SET last_seen_at = '2000-01-01T00:00:00.000Z'", false],
      [
        "INSERT INTO sign_in_throttle VALUES ('address:x', 1, '2000-01-01T00:00:00.000Z', NULL)",
        false,
      ],
      [
        "INSERT INTO audit_log (at, action, details) VALUES ('2000-01-01T00:00:00.000Z', 'login.failure', '{}')",
        false,
      ],
    ] as const;
    try {
      expect(fingerprintDatabase(db)).toBe(fingerprintBefore);
      for (const [sql, noticed] of changes) {
        db.exec('BEGIN');
        expect(db.prepare(sql).run().changes, sql).toBeGreaterThan(0);
        expect(fingerprintDatabase(db) !== fingerprintBefore, sql).toBe(noticed);
        db.exec('ROLLBACK');
      }
      expect(fingerprintDatabase(db)).toBe(fingerprintBefore);
    } finally {
      db.close();
    }
  });

  it('answers random paths with every method as problems or successes, never 5xx', async () => {
    const method = fc.constantFrom(...METHODS);
    await fuzz(
      20_240_601,
      900,
      requestArb({ method, url: anyPath(ctx), headers: fc.oneof(fc.constant({}), headers(ctx)) }),
    );
  });

  it('answers random query strings on every GET route, never 5xx', async () => {
    const method = fc.constantFrom<Method>('GET', 'GET', 'GET', 'HEAD');
    const gets = ctx.endpoints.filter((e) => e.method === 'GET');
    const endpoint = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...gets.filter((e) => e.spec?.query)) },
      fc.constantFrom(...gets),
    );
    const arbitrary = endpoint.chain((target) =>
      requestArb({
        method,
        url: fc
          .tuple(pathOf(ctx, target), queryString(ctx, target))
          .map(([path, query]) => `${path}?${query}`),
        headers: fc.oneof(fc.constant({}), headers(ctx)),
        template: target.template,
      }),
    );
    const seen = await fuzz(20_240_602, 800, arbitrary);
    for (const get of gets.filter((e) => e.spec?.query)) {
      if (get.admin) expectRefusedWithoutSession(seen, get);
      else expectReachedAndRefused(seen, `GET ${get.template}`);
    }
  });

  it('answers random and broken bodies on every public POST route, never 5xx', async () => {
    const publicEndpoints = ctx.endpoints.filter((e) => !e.admin);
    const posts = publicEndpoints.filter((e) => e.method === 'POST');
    expect(posts.length).toBeGreaterThan(0);
    const target = fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...posts) },
      fc.constantFrom(...publicEndpoints),
    );
    const arbitrary = target.chain((endpoint) =>
      requestArb({
        method: fc.oneof(
          { weight: 9, arbitrary: fc.constant<Method>('POST') },
          fc.constantFrom(...METHODS),
        ),
        url: fc.constant(fillTemplate(endpoint.template, (name) => firstRealValue(ctx, name))),
        headers: fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, headers(ctx)),
        body: body(ctx, endpoint),
        template: endpoint.template,
      }),
    );
    const seen = await fuzz(20_240_603, 1000, arbitrary);
    for (const { template } of posts) expectReachedAndRefused(seen, `POST ${template}`);
  });

  it('answers random and broken bodies on every admin route without a session, never 5xx', async () => {
    const changing = ctx.endpoints.filter((e) => e.admin && e.method !== 'GET');
    const signIn = changing.filter((e) => e.spec?.operationId === 'signIn');
    expect(signIn).toHaveLength(1);
    // Signing in is the one admin route open to all, so it gets a larger share.
    const target = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...signIn) },
      { weight: 7, arbitrary: fc.constantFrom(...changing) },
    );
    const arbitrary = target.chain((endpoint) =>
      requestArb({
        method: fc.oneof(
          { weight: 9, arbitrary: fc.constant<Method>(endpoint.method) },
          fc.constantFrom(...METHODS),
        ),
        url: fc.constant(fillTemplate(endpoint.template, (name) => firstRealValue(ctx, name))),
        // With the admin's Origin and CSRF header a request reaches the session check.
        headers: fc.oneof(
          { weight: 4, arbitrary: fc.constant(adminPageHeaders) },
          { weight: 2, arbitrary: fc.constant({}) },
          headers(ctx),
        ),
        body: body(ctx, endpoint),
        template: endpoint.template,
      }),
    );
    const seen = await fuzz(20_240_606, 800, arbitrary);
    for (const endpoint of changing) {
      expectRefusedWithoutSession(seen, endpoint);
      const statuses = [...(seen.get(`${endpoint.method} ${endpoint.template}`) ?? [])];
      // Without the admin's Origin and CSRF header, refused before anything else.
      expect(statuses, endpoint.template).toContain(403);
    }
    // Wrong emails and passwords were tried, and refused alike.
    expect([...(seen.get(`POST /api/v1/admin/auth/sign-in`) ?? [])]).toEqual(
      expect.arrayContaining([401, 422]),
    );
  });

  it('answers real routes with random headers, never 5xx', async () => {
    const arbitrary = fc.constantFrom(...ctx.endpoints).chain((endpoint) =>
      requestArb({
        method:
          endpoint.method === 'GET'
            ? fc.constantFrom<Method>('GET', 'HEAD', 'OPTIONS')
            : fc.constant<Method>(endpoint.method),
        url: pathOf(ctx, endpoint),
        headers: headers(ctx),
        body: endpoint.method === 'GET' ? fc.constant(undefined) : body(ctx, endpoint),
        template: endpoint.template,
      }),
    );
    await fuzz(20_240_604, 400, arbitrary);
  });

  it('answers a signed-in admin’s refused requests on every admin route, never 5xx', async () => {
    expect(
      [...ctx.paramValues, ...ctx.userIds].filter((value) => value.startsWith('missing-')),
    ).toEqual([]);
    const seen = await fuzz(20_240_605, 1000, adminSessionRequests(ctx));
    const ofAdmin = ctx.endpoints.filter((endpoint) => endpoint.admin);
    const statuses = (endpoint: Endpoint) => [
      ...(seen.get(`${endpoint.method} ${endpoint.template}`) ?? []),
    ];
    for (const endpoint of ofAdmin) {
      const { operationId } = endpoint.spec ?? {};
      // The session held throughout: no request was asked to sign in.
      expect(statuses(endpoint), operationId).not.toContain(401);
      if (endpoint.method !== 'GET') expect(statuses(endpoint), operationId).toContain(403);
      if (endpoint.spec?.ifMatch)
        expect(statuses(endpoint), operationId).toEqual(expect.arrayContaining([412, 428]));
      if (endpoint.spec?.body && operationId !== 'completeSecondFactor')
        expect(statuses(endpoint), operationId).toContain(422);
      if (/:(id|userId)\b/.test(endpoint.template) && !endpoint.spec?.query)
        expect(statuses(endpoint), operationId).toContain(404);
    }
  });

  it('still reads every admin route with the same session after all that', async () => {
    const [item] = ctx.editableItems;
    if (!item) throw new Error('no editable item to read');
    const reads = ctx.endpoints.filter((endpoint) => endpoint.admin && endpoint.method === 'GET');
    expect(reads.length).toBeGreaterThan(5);
    for (const endpoint of reads) {
      const path = fillTemplate(endpoint.template, (name) =>
        name === 'type'
          ? item.type
          : name === 'id'
            ? encodeURIComponent(item.id)
            : name === 'userId'
              ? (ctx.userIds[0] ?? '')
              : '1',
      );
      // The one read whose query is required: the first revision against itself.
      const query = endpoint.spec?.operationId === 'diffRevisions' ? '?from=1&to=1' : '';
      const res = await sendFuzzRequest(server, {
        method: 'GET',
        url: `${path}${query}`,
        headers: withSession(ctx, {}),
      });
      expect(res.status, `${endpoint.template}: ${res.text.slice(0, 200)}`).toBe(200);
    }
  });

  it('leaves content, users and settings exactly as they were', () => {
    expect(readFingerprint(testApp.dataDir)).toBe(fingerprintBefore);
  });

  it('audited only failed sign-ins, and ended or started no session', async () => {
    const after = readSessionsAndAudit(testApp.dataDir);
    expect(after.sessions).toEqual(before.sessions);
    const actions = readDatabase(testApp.dataDir, (db) =>
      db
        .prepare('SELECT DISTINCT action FROM audit_log WHERE id > ?')
        .pluck()
        .all(before.lastAuditId),
    ) as string[];
    expect(actions).toContain('login.failure');
    expect(
      actions.filter((action) => !['login.failure', 'login.throttled'].includes(action)),
    ).toEqual([]);
    const session = await request(server)
      .get('/api/v1/admin/auth/session')
      .set('Cookie', admin.cookie ?? '');
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(admin.user.id);
  });
});
