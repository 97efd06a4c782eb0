import { contentTypes, findContentTypeByPath } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { listPublicRoutes } from '../testing/route-specs.js';
import { useTestApp } from '../testing/use-test-app.js';

const bundle = loadDefaultBundle();
const ORIGIN = 'https://toolkit.example.org';
const testApp = useTestApp();
const corsApp = useTestApp({ config: { allowedOrigins: [ORIGIN] } });

/** A real address for every GET route: item routes get the first published item of their type. */
function publishedGetPaths(): string[] {
  const paths = listPublicRoutes()
    .filter((route) => route.method === 'get')
    .map((route) => {
      const key = findContentTypeByPath(route.path.split('/')[1] ?? '');
      const id = key ? (bundle[key][0] as { id: string }).id : '';
      return `/api/v1${route.path.replace(':idOrSlug', id)}${route.path === '/search' ? '?q=risk' : ''}`;
    });
  return [...paths, '/api/v1/openapi.json'];
}

const STRONG_TAG = /^"[A-Za-z0-9_-]{32}(-gz)?"$/;

describe('published reads, on every GET route', () => {
  it('covers every content type and the other GET routes', () => {
    const paths = publishedGetPaths();
    expect(paths).toHaveLength(Object.keys(contentTypes).length * 3 + 7);
    expect(paths).toContain(`/api/v1/publications/${bundle.publications[0]!.id}/related`);
  });

  it.each(publishedGetPaths())('GET %s is JSON with a strong ETag, to revalidate', async (path) => {
    const res = await request(testApp.app).get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers.etag).toMatch(STRONG_TAG);
    expect(res.headers['cache-control']).toBe('public, no-cache');
    expect(Object.keys(res.body).length).toBeGreaterThan(0);
    const again = await request(testApp.app).get(path);
    expect(again.headers.etag).toBe(res.headers.etag);
  });

  it.each(publishedGetPaths())(
    'GET %s answers 304 without a body when the tag matches',
    async (path) => {
      const { headers } = await request(testApp.app).get(path);
      const res = await request(testApp.app)
        .get(path)
        .set('If-None-Match', headers.etag as string);
      expect(res.status).toBe(304);
      expect(res.text ?? '').toBe('');
      expect(res.headers['content-length'] ?? '0').toBe('0');
      expect(res.headers.etag).toBe(headers.etag);
      expect(res.headers['cache-control']).toBe('public, no-cache');
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
    },
  );

  it.each(publishedGetPaths())('GET %s answers 200 in full when the tag differs', async (path) => {
    const res = await request(testApp.app).get(path).set('If-None-Match', '"not-the-current-tag"');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toMatch(STRONG_TAG);
    expect(res.text.length).toBeGreaterThan(2);
  });

  it.each(publishedGetPaths())('HEAD %s gives the headers of GET and no body', async (path) => {
    // HEAD and GET must ask for the same encoding to get the same representation.
    const get = await request(testApp.app).get(path).set('Accept-Encoding', 'identity');
    const head = await request(testApp.app).head(path).set('Accept-Encoding', 'identity');
    expect(head.status).toBe(200);
    expect(head.text ?? '').toBe('');
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    const fresh = await request(testApp.app)
      .head(path)
      .set('Accept-Encoding', 'identity')
      .set('If-None-Match', get.headers.etag as string);
    expect(fresh.status).toBe(304);
  });

  it('gives each encoding its own strong ETag, and revalidates each only against its own', async () => {
    const path = '/api/v1/bundle';
    const plain = await request(testApp.app).get(path).set('Accept-Encoding', 'identity');
    const zipped = await request(testApp.app).get(path).set('Accept-Encoding', 'gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(zipped.body).toEqual(plain.body);
    const crossed = await request(testApp.app)
      .get(path)
      .set('Accept-Encoding', 'gzip')
      .set('If-None-Match', plain.headers.etag as string);
    expect(crossed.status).toBe(200);
    const own = await request(testApp.app)
      .get(path)
      .set('Accept-Encoding', 'gzip')
      .set('If-None-Match', zipped.headers.etag as string);
    expect(own.status).toBe(304);
  });

  it('matches a tag in a list, or in weak form, as If-None-Match allows', async () => {
    const { headers } = await request(testApp.app).get('/api/v1/topics');
    const tag = headers.etag as string;
    for (const value of [`"other", ${tag}`, `W/${tag}`]) {
      const res = await request(testApp.app).get('/api/v1/topics').set('If-None-Match', value);
      expect(res.status, value).toBe(304);
    }
  });

  it('gives different tags to different representations', async () => {
    const tags = new Set<string>();
    for (const path of [
      '/api/v1/topics',
      '/api/v1/topics?page=2&pageSize=5',
      '/api/v1/roles',
      '/api/v1/bundle',
    ]) {
      tags.add((await request(testApp.app).get(path)).headers.etag as string);
    }
    expect(tags.size).toBe(4);
  });

  it('does not let a tag from one address pass for another', async () => {
    const { headers } = await request(testApp.app).get('/api/v1/topics');
    const res = await request(testApp.app)
      .get('/api/v1/roles')
      .set('If-None-Match', headers.etag as string);
    expect(res.status).toBe(200);
  });
});

describe('request ids', () => {
  it('makes one for each request and echoes it', async () => {
    const first = await request(testApp.app).get('/healthz');
    const second = await request(testApp.app).get('/healthz');
    expect(first.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('keeps a safe id the caller sent, on success and on problems', async () => {
    const ok = await request(testApp.app)
      .get('/api/v1/topics')
      .set('X-Request-Id', 'trace-0123456789');
    expect(ok.headers['x-request-id']).toBe('trace-0123456789');
    const problem = await request(testApp.app)
      .get('/api/v1/nowhere')
      .set('X-Request-Id', 'trace.abc_DEF-42');
    expect(problem.headers['x-request-id']).toBe('trace.abc_DEF-42');
    expect(problem.body.requestId).toBe('trace.abc_DEF-42');
  });

  it.each(['short', 'has space 123456', '<script>alert(1)</script>', 'x'.repeat(65)])(
    'replaces an unsafe id %j with its own',
    async (given) => {
      const res = await request(testApp.app).get('/healthz').set('X-Request-Id', given);
      expect(res.headers['x-request-id']).not.toBe(given);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe('security headers', () => {
  it.each(['/api/v1/topics', '/api/v1/nowhere', '/healthz'])('are set on %s', async (path) => {
    const res = await request(testApp.app).get(path);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('CORS', () => {
  it('lets the configured origin read responses and their ETag and request id', async () => {
    const res = await request(corsApp.app).get('/api/v1/topics').set('Origin', ORIGIN);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['access-control-expose-headers']).toBe('ETag,X-Request-Id');
    const posted = await request(corsApp.app)
      .post('/api/v1/assessment/readiness/results')
      .set('Origin', ORIGIN)
      .send({ answers: {} });
    expect(posted.headers['access-control-allow-origin']).toBe(ORIGIN);
  });

  it('answers a preflight from the configured origin', async () => {
    const res = await request(corsApp.app)
      .options('/api/v1/assessment/readiness/results')
      .set('Origin', ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['access-control-allow-methods']).toBe('GET,HEAD,POST');
    expect(res.headers['access-control-max-age']).toBe('600');
  });

  it.each([
    ['another origin', corsApp, 'https://evil.example.com'],
    ['a look-alike origin', corsApp, `${ORIGIN}.evil.example.com`],
    ['any origin when none is configured', undefined, ORIGIN],
  ])('gives %s no CORS headers', async (_label, app, origin) => {
    const target = (app ?? testApp).app;
    const res = await request(target).get('/api/v1/topics').set('Origin', origin);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(target)
      .options('/api/v1/topics')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('varies every response on Origin, so a shared cache keeps CORS and non-CORS copies apart', async () => {
    for (const origin of [ORIGIN, 'https://evil.example.com', undefined]) {
      const req = request(corsApp.app).get('/api/v1/topics');
      const res = await (origin ? req.set('Origin', origin) : req);
      expect(res.headers.vary ?? '', String(origin)).toMatch(/\bOrigin\b/);
    }
  });
});

describe('compression', () => {
  it('gzips a large response when asked, and decodes to the same body', async () => {
    const plain = await request(testApp.app)
      .get('/api/v1/bundle')
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(100_000);
    const gzipped = await request(testApp.app).get('/api/v1/bundle').set('Accept-Encoding', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gzipped.body).toEqual(plain.body);
  });

  it('leaves a tiny response alone', async () => {
    const res = await request(testApp.app).get('/healthz').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
