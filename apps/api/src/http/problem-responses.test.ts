import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { expectProblem, issuePaths } from '../testing/expect-problem.js';
import { useTestApp } from '../testing/use-test-app.js';

const RESULTS = '/api/v1/assessment/readiness/results';
const POST_ROUTES = [
  RESULTS,
  '/api/v1/assessment/expectations/share-codes',
  '/api/v1/assessment/expectations/share-codes/read',
  '/api/v1/assessment/expectations/comparisons',
];
const testApp = useTestApp();

describe('unknown addresses', () => {
  it.each([
    '/nowhere',
    '/api/v1/nowhere',
    '/api/v2/topics',
    '/api/v1/topics/x/related/more',
    '/api/v1/docs/assets/none.js',
  ])('GET %s is a 404 problem, not HTML', async (path) => {
    const problem = expectProblem(await request(testApp.app).get(path), 404, 'NOT_FOUND');
    expect(problem.instance).toBe(path);
    expect(problem.detail).toContain('/api/v1/docs');
  });

  it('answers HEAD on an unknown address with 404 and no body', async () => {
    const res = await request(testApp.app).head('/api/v1/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.text ?? '').toBe('');
  });
});

describe('wrong methods', () => {
  it.each([
    ['delete', '/api/v1/topics', 'GET, HEAD, OPTIONS'],
    ['put', '/api/v1/roles/crisis-peer-worker', 'GET, HEAD, OPTIONS'],
    ['post', '/api/v1/topics/distinctive-role/related', 'GET, HEAD, OPTIONS'],
    ['patch', '/api/v1/search', 'GET, HEAD, OPTIONS'],
    ['get', RESULTS, 'OPTIONS, POST'],
    ['put', '/api/v1/assessment/expectations/comparisons', 'OPTIONS, POST'],
    ['post', '/healthz', 'GET, HEAD, OPTIONS'],
    ['delete', '/api/v1/openapi.json', 'GET, HEAD, OPTIONS'],
  ] as const)('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const res = await request(testApp.app)[method](path);
    const problem = expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toBe(allow);
    expect(problem.detail).toContain(allow);
  });
});

describe('request bodies', () => {
  it.each(POST_ROUTES)('POST %s with broken JSON is 400 MALFORMED_REQUEST', async (path) => {
    const res = await request(testApp.app)
      .post(path)
      .set('Content-Type', 'application/json')
      .send('{"answers": {');
    const problem = expectProblem(res, 400, 'MALFORMED_REQUEST');
    expect(problem.detail).toBe('The request body is not valid JSON.');
    expect(JSON.stringify(problem)).not.toMatch(/SyntaxError|position|at JSON/);
  });

  it.each(['null', '"text"', '42'])('refuses a top-level %s as malformed', async (body) => {
    const res = await request(testApp.app)
      .post(RESULTS)
      .set('Content-Type', 'application/json')
      .send(body);
    expectProblem(res, 400, 'MALFORMED_REQUEST');
  });

  it('refuses a body over 64 KB with 413', async () => {
    const answers = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`rq-padding-question-${i}`, 1]),
    );
    const body = JSON.stringify({ answers });
    expect(body.length).toBeGreaterThan(64 * 1024);
    const res = await request(testApp.app)
      .post(RESULTS)
      .set('Content-Type', 'application/json')
      .send(body);
    const problem = expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    expect(problem.detail).toContain('64 KB');
  });

  it('accepts a body just under the limit as far as validation', async () => {
    const answers = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [`rq-padding-question-${i}`, 1]),
    );
    const res = await request(testApp.app).post(RESULTS).send({ answers });
    expectProblem(res, 422, 'VALIDATION_FAILED');
  });

  it.each([
    ['text/plain', '{"answers":{}}'],
    ['application/x-www-form-urlencoded', 'answers=1'],
    ['multipart/form-data; boundary=x', '--x--'],
    ['application/xml', '<answers/>'],
  ])('refuses Content-Type %s with 415', async (type, body) => {
    const res = await request(testApp.app).post(RESULTS).set('Content-Type', type).send(body);
    const problem = expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(problem.detail).toContain('application/json');
  });

  it.each(POST_ROUTES)('POST %s with no body is 415', async (path) => {
    expectProblem(await request(testApp.app).post(path), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses JSON in a charset other than UTF-8 with 415', async () => {
    const res = await request(testApp.app)
      .post(RESULTS)
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{"answers":{}}');
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts application/json with a UTF-8 charset', async () => {
    const res = await request(testApp.app)
      .post(RESULTS)
      .set('Content-Type', 'application/json; charset=utf-8')
      .send('{"answers":{}}');
    expect(res.status).toBe(200);
  });

  it('reports every invalid field of a body with its path', async () => {
    const res = await request(testApp.app)
      .post('/api/v1/assessment/expectations/comparisons')
      .send({
        respondents: [
          { label: '', code: 'x' },
          { label: 'B', code: 'y', group: 'nurses' },
        ],
      });
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toEqual([
      ['body', 'respondents', 0, 'label'],
      ['body', 'respondents', 1, 'group'],
    ]);
  });
});

describe('invalid parameters and addresses', () => {
  it.each([
    ['/api/v1/topics?pageSize=0', ['query', 'pageSize']],
    ['/api/v1/roles?sector=nhs', ['query', 'sector', 0]],
    ['/api/v1/search?q=', ['query', 'q']],
    [`/api/v1/roles/${'x'.repeat(81)}`, ['params', 'idOrSlug']],
  ])('GET %s is 422 with the issue path', async (path, issuePath) => {
    const problem = expectProblem(await request(testApp.app).get(path), 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toContainEqual(issuePath);
    expect(problem.detail).toBe('Check the highlighted fields and try again.');
  });

  it.each([
    '/api/v1/topics/%E0%A4%A',
    '/api/v1/topics/%ZZ/related',
    '/api/v1/roles/%',
    '/api/v1/%E0%A4%A',
    '/api/v1/docs/assets/%E0%A4%A',
  ])('GET %s with broken percent-encoding is a 4xx problem', async (path) => {
    const res = await request(testApp.app).get(path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectProblem(res, res.status, res.status === 400 ? 'MALFORMED_REQUEST' : 'NOT_FOUND');
  });

  it('decodes a well-encoded slug', async () => {
    const res = await request(testApp.app).get('/api/v1/topics/distinctive%2Drole');
    expect(res.status).toBe(200);
    expect(res.body.id).toBe('distinctive-role');
  });

  it('finds nothing, rather than failing, for odd but valid ids', async () => {
    for (const id of [
      '%27%20OR%201%3D1--',
      '..%2F..%2Fetc%2Fpasswd',
      '%F0%9F%98%80',
      'constructor',
      '__proto__',
    ]) {
      expectProblem(await request(testApp.app).get(`/api/v1/topics/${id}`), 404, 'NOT_FOUND');
    }
  });
});
