import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { ContentStore } from '../store/content-store.js';
import { testConfig } from '../testing/test-app.js';
import { useTestApp } from '../testing/use-test-app.js';
import { withFastPath } from './fast-path.js';
import { prepareBody } from './respond.js';
import { ResponseCache } from './response-cache.js';

const testApp = useTestApp({ config: { allowedOrigins: ['https://toolkit.example.org'] } });

/** Headers that legitimately differ from one response to the next. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);
const comparable = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));

describe('the cached-read fast path', () => {
  it.each(['identity', 'gzip'])(
    'answers a repeat read with the same status, headers and bytes as Express (%s)',
    async (encoding) => {
      const path = '/api/v1/roles?sector=statutory&page=1';
      // A fresh query string misses the cache, so Express answers the first request.
      const first = await request(testApp.app).get(path).set('Accept-Encoding', encoding);
      const second = await request(testApp.app).get(path).set('Accept-Encoding', encoding);
      expect(first.status).toBe(200);
      expect(comparable(second.headers)).toEqual(comparable(first.headers));
      expect(second.body).toEqual(first.body);
      expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    },
  );

  it('hits for the same query in another order', async () => {
    const a = await request(testApp.app).get('/api/v1/roles?settings=crisis&sector=partnership');
    const b = await request(testApp.app).get('/api/v1/roles?sector=partnership&settings=crisis');
    expect(b.headers.etag).toBe(a.headers.etag);
  });

  it('leaves requests with an Origin to Express, which adds the CORS headers', async () => {
    const path = '/api/v1/topics';
    await request(testApp.app).get(path);
    const res = await request(testApp.app).get(path).set('Origin', 'https://toolkit.example.org');
    expect(res.headers['access-control-allow-origin']).toBe('https://toolkit.example.org');
    expect(res.headers.vary).toContain('Origin');
  });

  it('says Vary: Origin on cached answers too, when CORS is configured', async () => {
    await request(testApp.app).get('/api/v1/contexts');
    const cached = await request(testApp.app).get('/api/v1/contexts');
    expect(cached.headers.vary).toContain('Origin');
    expect(cached.headers.vary).toContain('Accept-Encoding');
  });

  it('serves repeats from the cache, and stops as soon as the content version changes', async () => {
    let offset = 0;
    let lookups = 0;
    const store = new Proxy(testApp.store, {
      get(target, name, receiver) {
        if (name === 'contentVersion') return async () => (await target.contentVersion()) + offset;
        if (name === 'findPublished') {
          return (...args: Parameters<ContentStore['findPublished']>) => {
            lookups += 1;
            return target.findPublished(...args);
          };
        }
        return Reflect.get(target, name, receiver);
      },
    }) as ContentStore;
    const { handle } = createApp({
      stores: { ...testApp.stores, content: store },
      config: testConfig(),
      logger: pino({ level: 'silent' }),
    });
    const first = await request(handle).get('/api/v1/topics/training');
    await request(handle).get('/api/v1/topics/training');
    expect(lookups).toBe(1);
    offset = 1;
    const afterPublish = await request(handle).get('/api/v1/topics/training');
    expect(lookups).toBe(2);
    expect(afterPublish.body).toEqual(first.body);
  });
});

describe('withFastPath', () => {
  const store = { contentVersion: async () => 7 } as ContentStore;
  const cache = new ResponseCache();
  cache.set(ResponseCache.key(7, '/topics', 'page=2'), prepareBody({ items: [] }));
  let expressCalls = 0;
  const handle = withFastPath({
    handler: (_req, res) => {
      expressCalls += 1;
      res.statusCode = 418;
      res.end();
    },
    cache,
    store,
    logger: pino({ level: 'silent' }),
    staticHeaders: [['X-Content-Type-Options', 'nosniff']],
  });

  it.each([
    ['GET', '/api/v1/topics?page=2', {}, false],
    ['HEAD', '/api/v1/topics?page=2', {}, false],
    ['GET', '/api/v1/topics?page=3', {}, true],
    ['GET', '/api/v1/topics?page=2', { Origin: 'https://elsewhere.example' }, true],
    ['POST', '/api/v1/topics?page=2', {}, true],
    ['GET', '/topics?page=2', {}, true],
  ] as const)('%s %s %j goes to Express: %s', async (method, path, headers, toExpress) => {
    const before = expressCalls;
    const res = await request(handle)
      [method === 'GET' ? 'get' : method === 'HEAD' ? 'head' : 'post'](path)
      .set(headers);
    expect(expressCalls - before).toBe(toExpress ? 1 : 0);
    if (!toExpress) {
      expect(res.status).toBe(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });
});
