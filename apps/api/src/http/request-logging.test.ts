import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { testConfig } from '../testing/test-app.js';
import { useTestApp } from '../testing/use-test-app.js';

const testApp = useTestApp();

describe('request logs', () => {
  it('record one structured line per request, on both paths, without headers or secrets', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const { handle } = createApp({
      stores: testApp.stores,
      config: testConfig({ logLevel: 'info' }),
      logger: pino({ level: 'info' }, sink),
    });
    const send = () =>
      request(handle)
        .get('/api/v1/topics/training')
        .set('Cookie', 'session=secret-cookie-value')
        .set('Authorization', 'Bearer secret-token-value')
        .set('X-Request-Id', 'trace-abc-12345');
    await send(); // answered by Express
    await send(); // answered from the cache, before Express
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed).toHaveLength(2);
    for (const line of completed) {
      expect(line.req).toEqual({
        id: 'trace-abc-12345',
        method: 'GET',
        url: '/api/v1/topics/training',
        remoteAddress: expect.any(String),
      });
      expect(line.res).toEqual({ statusCode: 200 });
      expect(line.responseTime).toEqual(expect.any(Number));
    }
    expect(JSON.stringify(lines)).not.toMatch(/secret-(cookie|token)-value/);
  });
});
