import {
  CSRF_HEADER,
  contentTypeKeys,
  contentTypes,
  describeFilters,
  encodeShareCode,
  findContentTypeByPath,
  type StakeholderGroup,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { adminRoutes } from '../app.js';
import type { RouteAccess } from '../http/route.js';
import type { AdminServices } from '../routes/admin/services.js';
import { AdminSamples } from '../testing/admin-samples.js';
import { createTestApp } from '../testing/test-app.js';
import { toOpenApiPath } from './build-openapi.js';

type JsonSchema = Record<string, unknown>;
interface MediaType {
  schema?: JsonSchema;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  'x-required-role'?: RouteAccess;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes?: Record<string, Record<string, unknown>>;
  };
}
interface DocumentedOperation {
  key: string;
  method: string;
  path: string;
  operation: Operation;
}

const PROBLEM_REF = '#/components/schemas/Problem';

const testApp = await createTestApp();
afterAll(() => testApp.close());
const samples = new AdminSamples(testApp);

const served = await request(testApp.app).get('/api/v1/openapi.json');
const doc = served.body as Document;
const operations: DocumentedOperation[] = Object.entries(doc.paths ?? {}).flatMap(
  ([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({
      key: `${method} ${path}`,
      method,
      path,
      operation,
    })),
);

/**
 * Strict, so an unknown keyword or a misplaced one fails; the x- annotations core adds are known,
 * and so are the formats (date-time) the schemas use, which are checked, not ignored.
 * `required` without `properties` is how a record with enum keys comes out, and is valid 2020-12.
 */
function createAjv(): Ajv2020 {
  const annotations = new Set(
    JSON.stringify(doc)
      .match(/"x-[\w-]+"(?=:)/g)
      ?.map((key) => key.slice(1, -1)),
  );
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: true,
  });
  ajv.addVocabulary([...annotations]);
  addFormats(ajv);
  return ajv;
}
const ajv = createAjv();

function successOf(operation: Operation): {
  status: number;
  mediaType: string;
  schema: JsonSchema | undefined;
} {
  const [status, response] =
    Object.entries(operation.responses).find(([code]) => code.startsWith('2')) ?? [];
  const [mediaType, content] = Object.entries(response?.content ?? {})[0] ?? [];
  if (status === undefined || mediaType === undefined)
    throw new Error('No documented success with a body');
  return { status: Number(status), mediaType, schema: content?.schema };
}

// What the Express app serves, read from its router rather than from the route list.
interface RouterLayer {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: RouterLayer[] };
}

function servedByExpress(
  stack: RouterLayer[],
  prefix = '',
): { routes: string[]; mounts: string[] } {
  const routes: string[] = [];
  const mounts: string[] = [];
  for (const layer of stack) {
    if (typeof layer.rawPath !== 'string')
      throw new Error(`Unexpected layer path ${String(layer.rawPath)}`);
    const path = `${prefix}${layer.rawPath === '/' ? '' : layer.rawPath}`;
    if (layer.route) {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on) routes.push(`${method} ${toOpenApiPath(`${prefix}${layer.route.path}`)}`);
      }
    } else if (layer.handle.stack) {
      const nested = servedByExpress(layer.handle.stack, path);
      routes.push(...nested.routes);
      mounts.push(...nested.mounts);
    } else if (path !== '') {
      mounts.push(path);
    }
  }
  return { routes, mounts };
}

/** Parts of the reference page, not of the API: its start-up script and swagger-ui's files. */
const DOCS_PAGE_ROUTES = ['get /api/v1/docs/init.js'];
const DOCS_PAGE_MOUNTS = ['/api/v1/docs/assets'];

// Requests that each documented operation must answer with its documented success.
const bundle = loadDefaultBundle();

function sampleIdOrSlug(collectionPath: string): string {
  const key = findContentTypeByPath(collectionPath);
  if (!key) throw new Error(`No content type is served at /${collectionPath}`);
  const [item] = bundle[key] as unknown as Record<string, unknown>[];
  if (!item) throw new Error(`The default content has no ${key}`);
  const slugField = (contentTypes[key] as { slugField?: string }).slugField;
  return String((slugField && item[slugField]) ?? item.id);
}

const sampleQuery: Record<string, string> = { q: 'peer support' };

function answersTo(questions: readonly { id: string }[]): Record<string, number> {
  return Object.fromEntries(questions.map((question, index) => [question.id, index % 5]));
}

const expectationAnswers = answersTo(bundle.expectationQuestions);
const expectationsCode = (group: StakeholderGroup) =>
  encodeShareCode({
    kind: 'expectations',
    questions: bundle.expectationQuestions,
    group,
    answers: expectationAnswers,
  });

const sampleBodies: Record<string, unknown> = {
  scoreReadiness: { answers: answersTo(bundle.readinessQuestions) },
  createExpectationsShareCode: { group: 'peer-workers', answers: expectationAnswers },
  readExpectationsShareCode: { code: expectationsCode('managers') },
  compareExpectations: {
    respondents: [
      { label: 'Peer worker', code: expectationsCode('peer-workers') },
      { label: 'Manager', code: expectationsCode('managers') },
    ],
  },
};

function sampleRequest({ method, path, operation }: DocumentedOperation) {
  const url = path.replace(
    /\/([^/{}]+)\/\{(\w+)\}/g,
    (_match, collection: string, name: string) => {
      if (name !== 'idOrSlug') throw new Error(`No sample value for {${name}} in ${path}`);
      return `/${collection}/${encodeURIComponent(sampleIdOrSlug(collection))}`;
    },
  );
  if (url.includes('{')) throw new Error(`Path parameters left in ${url}`);
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'query' || !parameter.required) continue;
    const value = sampleQuery[parameter.name];
    if (value === undefined)
      throw new Error(`No sample value for the query parameter ${parameter.name}`);
    query[parameter.name] = value;
  }
  const agent = request(testApp.app);
  if (method === 'get') return agent.get(url).query(query);
  if (method === 'post') {
    const body = sampleBodies[operation.operationId ?? ''];
    if (body === undefined) throw new Error(`No sample body for ${operation.operationId}`);
    return agent
      .post(url)
      .query(query)
      .send(body as object);
  }
  throw new Error(`No sample request for ${method}`);
}

// Admin operations: a signed-in user of the role the document requires, set up by AdminSamples.
const ADMIN_BASE = '/api/v1/admin/';
const isAdmin = ({ path }: { path: string }) => path.startsWith(ADMIN_BASE);
// Route specs only touch their services when handling a request, so listing them needs none.
const adminRouteList = adminRoutes({ stores: {} } as unknown as AdminServices);

function declaresHeader(operation: Operation, name: string): boolean {
  return (operation.parameters ?? []).some(
    (parameter) =>
      parameter.in === 'header' &&
      parameter.name.toLowerCase() === name.toLowerCase() &&
      parameter.required === true,
  );
}

/** "post /api/v1/admin/users/{userId}" as a pattern its concrete requests match. */
function operationPattern(method: string, path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${method} ${escaped.replace(/\{\w+\}/g, '[^/]+')}$`);
}

/** The admin sample for an operation, checked against what the document says it needs. */
async function prepareAdminSample({ key, method, path, operation }: DocumentedOperation) {
  const access = operation['x-required-role'] ?? 'public';
  const call = await samples.prepare(operation.operationId ?? '', access);
  const [callPath = '', callQuery = ''] = call.path.split('?');
  expect(`${call.method} /api/v1${callPath}`, key).toMatch(operationPattern(method, path));
  if (access === 'public') expect(call.client, key).toBeUndefined();
  else if (access !== 'session') expect(call.client?.user.role, key).toBe(access);
  if (declaresHeader(operation, 'If-Match'))
    expect(call.headers?.['If-Match'], key).toMatch(/^"[\w-]+"$/);
  const query = new URLSearchParams(callQuery);
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'query' && parameter.required)
      expect(query.has(parameter.name), `${key} ?${parameter.name}`).toBe(true);
  }
  return call;
}

async function sampleResponse(documented: DocumentedOperation) {
  if (!isAdmin(documented)) return sampleRequest(documented);
  return samples.send(await prepareAdminSample(documented));
}

async function sampleBody(documented: DocumentedOperation): Promise<unknown> {
  if (!isAdmin(documented)) return sampleBodies[documented.operation.operationId ?? ''];
  return (await prepareAdminSample(documented)).body;
}

describe('the served OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    expect(served.status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(doc) as unknown as Record<string, unknown>,
    );
    expect(result.errors, JSON.stringify(result.errors, null, 2)).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('gives every operation a unique operationId, a summary and tags', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const { key, operation } of operations) {
      expect(operation.operationId, key).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.summary?.trim(), key).toBeTruthy();
      expect(operation.tags, key).toEqual(expect.arrayContaining([expect.stringMatching(/\S/)]));
    }
  });

  it('declares every path parameter, required, and no other', () => {
    for (const { key, path, operation } of operations) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
      expect(declared.map((parameter) => parameter.name).sort(), key).toEqual(inPath.sort());
      for (const parameter of declared) {
        expect(parameter.required, `${key} {${parameter.name}}`).toBe(true);
        expect(parameter.schema, `${key} {${parameter.name}}`).toBeDefined();
      }
    }
  });

  it('lists the allowed values of every list filter', () => {
    for (const key of contentTypeKeys) {
      const { path } = contentTypes[key];
      const parameters = (doc.paths[`/api/v1/${path}`]?.get?.parameters ?? []) as {
        name: string;
        schema: { items?: { enum?: string[] } };
      }[];
      for (const filter of describeFilters(key)) {
        const parameter = parameters.find((candidate) => candidate.name === filter.field);
        expect(parameter?.schema.items?.enum, `${path} ${filter.field}`).toEqual(filter.values);
      }
    }
  });

  it('gives every success response a body schema that an empty object does not satisfy', () => {
    for (const { key, operation } of operations) {
      const { mediaType, schema } = successOf(operation);
      expect(schema, key).toBeDefined();
      if (mediaType !== 'application/json') continue;
      expect(ajv.compile(schema as JsonSchema)({}), `${key} accepts an empty object`).toBe(false);
    }
  });

  it('points every error response at the Problem schema', () => {
    expect(doc.components.schemas.Problem).toBeDefined();
    for (const { key, operation } of operations) {
      const errors = Object.entries(operation.responses).filter(
        ([status]) => Number(status) >= 400,
      );
      for (const [status, response] of errors) {
        expect(response.content, `${key} ${status}`).toEqual({
          'application/problem+json': { schema: { $ref: PROBLEM_REF } },
        });
      }
    }
  });

  it('declares the session cookie, and requires it with 401 and 403 on every protected operation', () => {
    expect(doc.components.securitySchemes?.sessionCookie).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'ptk_session' }),
    );
    const isProtected = ({ operation }: DocumentedOperation) =>
      operation['x-required-role'] !== undefined;
    // Signing in is the one admin operation without a session: it starts one.
    expect(
      operations
        .filter((documented) => isAdmin(documented) && !isProtected(documented))
        .map(({ operation }) => operation.operationId),
    ).toEqual(['signIn']);
    for (const documented of operations) {
      const { key, operation } = documented;
      if (!isProtected(documented)) {
        expect(operation.security, key).toBeUndefined();
        continue;
      }
      expect(isAdmin(documented), key).toBe(true);
      expect(['session', 'editor', 'publisher', 'admin'], key).toContain(
        operation['x-required-role'],
      );
      expect(operation.security, key).toEqual([{ sessionCookie: [] }]);
      expect(Object.keys(operation.responses), key).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it('names the role each admin route requires', () => {
    for (const route of adminRouteList) {
      const operation = doc.paths[`/api/v1${toOpenApiPath(route.path)}`]?.[route.method];
      expect(operation?.['x-required-role'], route.operationId).toBe(
        route.access === 'public' ? undefined : route.access,
      );
    }
  });

  it('documents If-Match with 412 and 428 on the operations that change a named version', () => {
    const withIfMatch = operations.filter(({ operation }) => declaresHeader(operation, 'If-Match'));
    expect(withIfMatch.map(({ operation }) => operation.operationId).sort()).toEqual([
      'publishItem',
      'restoreRevision',
      'saveDraft',
      'submitForReview',
      'updateSecuritySettings',
      'updateUser',
    ]);
    expect(
      adminRouteList
        .filter((route) => route.ifMatch)
        .map((route) => route.operationId)
        .sort(),
    ).toEqual(withIfMatch.map(({ operation }) => operation.operationId).sort());
    for (const { key, operation } of withIfMatch) {
      expect(Object.keys(operation.responses), key).toEqual(expect.arrayContaining(['412', '428']));
    }
  });

  it('documents the CSRF header on every state-changing admin operation, and no other', () => {
    for (const documented of operations) {
      const { key, method, operation } = documented;
      const checked = method !== 'get' && isAdmin(documented);
      expect(declaresHeader(operation, CSRF_HEADER), key).toBe(checked);
      if (checked) expect(Object.keys(operation.responses), key).toContain('403');
    }
  });

  it('holds only schemas that compile as JSON Schema 2020-12 in strict mode', () => {
    const schemas = operations.flatMap(({ key, operation }) => [
      ...(operation.parameters ?? []).map(
        (parameter) => [`${key} ${parameter.name}`, parameter.schema] as const,
      ),
      ...Object.values(operation.requestBody?.content ?? {}).map(
        (media) => [`${key} body`, media.schema] as const,
      ),
      ...Object.entries(operation.responses).flatMap(([status, response]) =>
        Object.values(response.content ?? {}).map(
          (media) => [`${key} ${status}`, media.schema] as const,
        ),
      ),
    ]);
    for (const [where, schema] of schemas) {
      if (schema?.$ref === PROBLEM_REF) continue;
      expect(() => ajv.compile(schema as JsonSchema), where).not.toThrow();
    }
    expect(() => ajv.compile(doc.components.schemas.Problem as JsonSchema)).not.toThrow();
  });
});

describe('the document and the app', () => {
  it('agree on every route: the app serves exactly the documented operations', () => {
    const { router } = testApp.express as unknown as { router: { stack: RouterLayer[] } };
    const express = servedByExpress(router.stack);
    expect(express.routes).toEqual(expect.arrayContaining(DOCS_PAGE_ROUTES));
    expect(express.mounts.sort()).toEqual(DOCS_PAGE_MOUNTS);
    const api = express.routes.filter((route) => !DOCS_PAGE_ROUTES.includes(route));
    expect(api.sort()).toEqual(operations.map(({ key }) => key).sort());
  });

  it.each(operations)('$key answers with its documented success', async (documented) => {
    const { status, mediaType, schema } = successOf(documented.operation);
    const response = await sampleResponse(documented);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.headers['content-type']).toMatch(new RegExp(`^${mediaType}\\b`));
    if (mediaType !== 'application/json' || !schema) return;
    const validate = ajv.compile(schema);
    expect(validate(response.body), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.each(operations.filter(({ operation }) => operation.requestBody))(
    '$key documents a request schema that its sample body satisfies',
    async (documented) => {
      const { operation } = documented;
      const schema = operation.requestBody?.content['application/json']?.schema as JsonSchema;
      const validate = ajv.compile(schema);
      const body = await sampleBody(documented);
      expect(body).toBeDefined();
      expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
      expect(ajv.compile(schema)({ unexpected: true })).toBe(false);
    },
  );

  it('answers errors with bodies the Problem schema accepts', async () => {
    const validate = ajv.compile(doc.components.schemas.Problem as JsonSchema);
    const agent = request(testApp.app);
    const editor = await samples.clientFor('editor');
    const topic = `/admin/content/topics/${bundle.topics[0]?.id}`;
    const { content } = (await editor.send('get', topic)).body as { content: unknown };
    const answers = await Promise.all([
      agent.get('/api/v1/topics/no-such-topic'),
      agent.get('/api/v1/search'),
      agent.post('/api/v1/assessment/readiness/results').send({ answers: 'none' }),
      agent.put('/api/v1/topics'),
      agent.get('/api/v1/admin/users'),
      agent.post('/api/v1/admin/users').send({}),
      editor.send('put', topic, { content }),
      editor.send('put', topic, { content }, { 'If-Match': '"r999"' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([
      404, 422, 422, 405, 401, 403, 428, 412,
    ]);
    for (const answer of answers) {
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(validate(answer.body), ajv.errorsText(validate.errors)).toBe(true);
    }
    // The admin errors are each documented for their operation.
    const documented = (path: string, method: string) =>
      Object.keys(doc.paths[`/api/v1${path}`]?.[method]?.responses ?? {});
    expect(documented('/admin/users', 'get')).toContain('401');
    expect(documented('/admin/users', 'post')).toContain('403');
    expect(documented('/admin/content/{type}/{id}', 'put')).toEqual(
      expect.arrayContaining(['412', '428']),
    );
  });

  it('serves the scripts and styles the reference page loads', async () => {
    const page = await request(testApp.app).get('/api/v1/docs').expect(200);
    const assets = [...page.text.matchAll(/(?:src|href)="(docs\/[^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      const response = await request(testApp.app).get(`/api/v1/${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers['content-type'], asset).toMatch(
        /^(text\/css|application\/javascript|text\/javascript)/,
      );
    }
  });
});
