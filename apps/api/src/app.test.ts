import { contentTypes, findContentTypeByPath } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { RouteSpec } from './http/route.js';
import { AdminSamples } from './testing/admin-samples.js';
import { expectProblem } from './testing/expect-problem.js';
import { listAdminRoutes, listPublicRoutes } from './testing/route-specs.js';
import { createTestApp } from './testing/test-app.js';
import { useTestApp } from './testing/use-test-app.js';

const bundle = loadDefaultBundle();
const publicRoutes = listPublicRoutes();
const adminRouteList = listAdminRoutes();
const routes = [...publicRoutes, ...adminRouteList];
const testApp = useTestApp();
const samples = new AdminSamples(testApp);

const post = (path: string, body: object) => request(testApp.app).post(`/api/v1${path}`).send(body);

async function expectationsCode(group: string) {
  const res = await post('/assessment/expectations/share-codes', { group, answers: {} });
  return res.body.code as string;
}

/** A valid body for each POST route. A new POST route without one here fails the coverage test. */
async function exampleBody(operationId: string): Promise<object> {
  switch (operationId) {
    case 'scoreReadiness':
      return { answers: { [bundle.readinessQuestions[0]!.id]: 2 } };
    case 'createExpectationsShareCode':
      return { group: 'managers', answers: { [bundle.expectationQuestions[0]!.id]: 3 } };
    case 'readExpectationsShareCode':
      return { code: await expectationsCode('managers') };
    case 'compareExpectations':
      return {
        respondents: [
          { label: 'A', code: await expectationsCode('managers') },
          { label: 'B', code: await expectationsCode('peer-workers') },
        ],
      };
    default:
      throw new Error(`No example body for ${operationId}: add one to cover the route`);
  }
}

function addressOf(route: RouteSpec): string {
  const key = findContentTypeByPath(route.path.split('/')[1] ?? '');
  const id = key ? (bundle[key][0] as { id: string }).id : '';
  return `/api/v1${route.path.replace(':idOrSlug', id)}${route.path === '/search' ? '?q=peer' : ''}`;
}

describe('every route in the route list', () => {
  it('has a unique operation id and method and path', () => {
    expect(new Set(routes.map((route) => route.operationId)).size).toBe(routes.length);
    expect(new Set(routes.map((route) => `${route.method} ${route.path}`)).size).toBe(
      routes.length,
    );
    expect(publicRoutes.filter((route) => route.method === 'post')).toHaveLength(4);
    expect(publicRoutes).toHaveLength(Object.keys(contentTypes).length * 3 + 6 + 4);
  });

  it('keeps public routes outside /admin/, and needs a session for every admin route but sign-in', () => {
    for (const route of publicRoutes) {
      expect(route.path, route.operationId).not.toMatch(/^\/admin\//);
      expect(route.access ?? 'public', route.operationId).toBe('public');
    }
    for (const route of adminRouteList) {
      expect(route.path, route.operationId).toMatch(/^\/admin\//);
      expect(route.cache, route.operationId).toBe('none');
    }
    expect(
      adminRouteList
        .filter((route) => (route.access ?? 'public') === 'public')
        .map((route) => route.operationId),
    ).toEqual(['signIn']);
  });

  it.each(publicRoutes.map((route) => [route.operationId, route] as const))(
    '%s answers its documented success with a body its schema accepts',
    async (_id, route) => {
      const [success] = route.responses;
      const res =
        route.method === 'get'
          ? await request(testApp.app).get(addressOf(route))
          : await post(route.path, await exampleBody(route.operationId));
      expect(res.status, res.text).toBe(success.status);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['cache-control']).toBe(
        route.cache === 'published' ? 'public, no-cache' : 'no-store',
      );
      expect(success.schema?.safeParse(res.body).success).toBe(true);
    },
  );

  it.each(adminRouteList.map((route) => [route.operationId, route] as const))(
    '%s answers its documented success, to a user of its role, with a body its schema accepts',
    async (_id, route) => {
      const [success] = route.responses;
      const access = route.access ?? 'public';
      const call = await samples.prepare(route.operationId, access);
      expect(call.method).toBe(route.method);
      if (access !== 'public' && access !== 'session') expect(call.client?.user.role).toBe(access);
      if (route.ifMatch) expect(call.headers?.['If-Match']).toMatch(/^"[\w-]+"$/);
      const res = await samples.send(call);
      expect(res.status, res.text).toBe(success.status);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      const parsed = success.schema?.safeParse(res.body);
      expect(parsed?.success, JSON.stringify(parsed?.error?.issues)).toBe(true);
      // An item being edited carries its revision's ETag, for the next If-Match.
      if (typeof res.body.etag === 'string') {
        expect(res.body.etag).toBe(`"r${res.body.current.number}"`);
        expect(res.headers.etag).toBe(res.body.etag);
      }
      // A change that named a version answers with the new one, for the change after it.
      if (route.ifMatch) expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    },
  );
});

describe('operations endpoints', () => {
  it('GET /healthz says ok and is never cached', async () => {
    const res = await request(testApp.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('GET /readyz says ready while the database answers', async () => {
    const res = await request(testApp.app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 on /readyz, and a generic 500 elsewhere, once the database is gone', async () => {
    const broken = await createTestApp();
    await broken.close();
    const ready = expectProblem(await request(broken.app).get('/readyz'), 503, 'UNAVAILABLE');
    expect(ready.detail).toContain('database');
    const res = await request(broken.app).get('/api/v1/topics');
    const problem = expectProblem(res, 500, 'INTERNAL');
    expect(problem.detail).toBe('Something went wrong');
    expect(res.text).not.toMatch(/kysely|sqlite|destroy|stack|at /i);
    expect((await request(broken.app).get('/healthz')).status).toBe(200);
  });
});

describe('API reference', () => {
  it('GET /api/v1/openapi.json is an OpenAPI 3.1 document listing every route', async () => {
    const res = await request(testApp.app).get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of routes) {
      const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(res.body.paths[path]?.[route.method]?.operationId, path).toBe(route.operationId);
    }
    for (const path of ['/healthz', '/readyz', '/api/v1/docs', '/api/v1/openapi.json']) {
      expect(res.body.paths[path]?.get, path).toBeDefined();
    }
    expect(res.body.components.schemas.Problem.required).toEqual(
      expect.arrayContaining(['type', 'status', 'code']),
    );
  });

  it('GET /api/v1/docs is an HTML page whose styles and scripts load', async () => {
    const res = await request(testApp.app).get('/api/v1/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toMatch(/^<!doctype html>/);
    expect(res.text).toContain('<title>Peer Worker Toolkit API reference</title>');
    const scripts = [...res.text.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    // The Content-Security-Policy forbids inline scripts, so every script must be a file.
    for (const attributes of scripts) expect(attributes).toMatch(/ src="/);
    const links = [...res.text.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(links).toContain('openapi.json');
    for (const link of links) {
      const { pathname, protocol } = new URL(link, 'http://localhost/api/v1/docs');
      // An inline data: address (the empty favicon) needs no request.
      if (protocol === 'data:') continue;
      const asset = await request(testApp.app).get(pathname);
      expect(asset.status, pathname).toBe(200);
    }
  });

  it('sends /api/v1/docs/ to /api/v1/docs, where the page’s relative links resolve', async () => {
    const res = await request(testApp.app).get('/api/v1/docs/');
    expect(res.status).toBe(301);
    expect(new URL(res.headers.location ?? '', 'http://localhost/api/v1/docs/').pathname).toBe(
      '/api/v1/docs',
    );
  });

  it('serves the script that starts the reference from openapi.json', async () => {
    const res = await request(testApp.app).get('/api/v1/docs/init.js');
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.text).toContain("url: 'openapi.json'");
  });
});
