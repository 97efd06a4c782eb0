import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  type Answers,
  ContentTypeInfoSchema,
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  contentTypeKeys,
  contentTypes as contentTypeRegistry,
  ExpectationsQuestionnaireSchema,
  encodeShareCode,
  NOT_APPLICABLE,
  ProblemDetailsSchema,
  parseRevisionEtag,
  ReadinessQuestionnaireSchema,
  type ShareCodeKind,
  type ShareCodeQuestion,
  type StakeholderGroup,
  stakeholderGroups,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminRoutes, apiRoutes } from '../app.js';
import type { AdminServices } from '../routes/admin/services.js';
import { extraOperations } from '../routes/extra-operations.js';
import { DATABASE_FILE } from '../store/sqlite/open-sqlite.js';
import { type AdminClient, createUser, signedIn } from '../testing/admin-client.js';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../testing/test-app.js';
import type { RouteSpec } from './route.js';

/*
 * Thousands of random and malformed requests against every route, derived from the route list,
 * the admin routes included: without a session, and for a fraction with a signed-in admin's
 * session, sending only requests that must be refused. Whatever is sent, the API must answer
 * below 500, every 4xx must be problem+json whose status is the HTTP status, and no content,
 * user or setting may change. Seeds are fixed so failures reproduce.
 */

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];
const ALLOWED_ORIGIN = 'https://toolkit.example';
// Node answers a request line plus headers over 16 KB itself (431, no body), outside the app.
const MAX_HEAD_BYTES = 12_000;
const BODY_LIMIT = 64 * 1024;

interface FuzzRequest {
  method: Method;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** The route template it was made for, to group what each route answered. */
  template?: string;
  /** The only statuses it may get, where that is known. */
  expected?: readonly number[];
}

interface Endpoint {
  method: Exclude<Method, 'HEAD' | 'OPTIONS'>;
  template: string;
  spec?: RouteSpec;
  /** Under /api/v1/admin/: needs a session (except signing in) and, to change things, CSRF proof. */
  admin: boolean;
}

// Zod's structural internals, as zod documents them for library authors.
interface AnyDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: {
    _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number } };
  }[];
}

function defOf(schema: z.ZodType): AnyDef {
  return (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
}

function limitsOf(schema: z.ZodType): { min?: number | undefined; max?: number | undefined } {
  const limits: { min?: number | undefined; max?: number | undefined } = {};
  for (const { _zod } of defOf(schema).checks ?? []) {
    const { check, minimum, maximum, value } = _zod.def;
    if (check === 'min_length' || (check === 'greater_than' && value !== undefined))
      limits.min = minimum ?? value;
    if (check === 'max_length' || (check === 'less_than' && value !== undefined))
      limits.max = maximum ?? value;
  }
  return limits;
}

/** Every enum value and string literal under a schema: the values a query parameter accepts. */
function acceptedStrings(schema: z.ZodType): string[] {
  const def = defOf(schema);
  const own = [
    ...Object.values(def.entries ?? {}),
    ...(def.values ?? []).filter((v) => typeof v === 'string'),
  ];
  const children = [
    def.innerType,
    def.in,
    def.out,
    def.element,
    def.valueType,
    ...(def.options ?? []),
  ];
  return [...own, ...children.flatMap((child) => (child ? acceptedStrings(child) : []))];
}

/** What one questionnaire gives a body: its question ids as record keys, its share codes as strings. */
interface Vocabulary {
  keys: string[];
  strings: fc.Arbitrary<string>;
}

/** Values shaped like the schema, mostly valid, drawing strings and keys from real data. */
function arbitraryFor(schema: z.ZodType, words: Vocabulary): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const { min, max } = limitsOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const model = Object.fromEntries(
        Object.entries(shape).map(([key, child]) => [key, arbitraryFor(child, words)]),
      );
      const requiredKeys = Object.keys(shape).filter(
        (key) => defOf(shape[key] as z.ZodType).type !== 'optional',
      );
      return fc.record(model, { requiredKeys });
    }
    case 'union': {
      // The project's unions put the common case first (a scale value before "does not apply").
      const [first = z.unknown(), ...rest] = def.options ?? [];
      return fc.oneof(
        { weight: 4, arbitrary: arbitraryFor(first, words) },
        ...rest.map((option) => arbitraryFor(option, words)),
      );
    }
    case 'record': {
      const value = arbitraryFor(def.valueType ?? z.unknown(), words);
      const key = fc.constantFrom(...words.keys);
      const real = fc.dictionary(key, value, { maxKeys: words.keys.length });
      return fc.oneof(
        { weight: 9, arbitrary: real },
        fc.dictionary(fc.oneof(key, fc.string()), value, { maxKeys: 8 }),
      );
    }
    case 'array':
      return fc.array(arbitraryFor(def.element ?? z.unknown(), words), {
        minLength: min ?? 0,
        maxLength: (min ?? 0) + 3,
      });
    case 'string':
      return fc.oneof(
        { weight: 4, arbitrary: words.strings },
        fc.string({ minLength: min ?? 0, maxLength: Math.min(max ?? 60, 60) }),
      );
    case 'number':
      return fc.oneof(
        { weight: 19, arbitrary: fc.integer({ min: min ?? -10, max: max ?? 10 }) },
        fc.constantFrom((min ?? 0) - 1, (max ?? 0) + 1, 0.5, -0, 1e308),
      );
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'optional':
    case 'nullable':
    case 'default':
      return arbitraryFor(def.innerType ?? z.unknown(), words);
    case 'pipe':
      return arbitraryFor(def.in ?? z.unknown(), words);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type JsonPath = (string | number)[];

function pathsIn(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => pathsIn(item, [...path, key]))];
}

const BREAKS = ['replace', 'delete', 'add-unknown-key', 'wrap-in-array', 'stringify'] as const;

/** The same value with one field broken: replaced, removed, wrapped, stringified, or given a stranger. */
function breakOneField(
  value: unknown,
  at: number,
  how: (typeof BREAKS)[number],
  replacement: unknown,
): unknown {
  const root = { value: structuredClone(value) } as Record<string | number, unknown>;
  const paths = pathsIn(root.value, ['value']);
  const path = paths[at % paths.length] ?? ['value'];
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, key) => node[key] as Record<string | number, unknown>,
      root,
    );
  const key = path.at(-1) ?? 'value';
  const current = parent[key];
  if (how === 'replace') parent[key] = replacement;
  else if (how === 'delete') delete parent[key];
  else if (how === 'wrap-in-array') parent[key] = [current];
  else if (how === 'stringify') parent[key] = JSON.stringify(current);
  else if (typeof current === 'object' && current !== null && !Array.isArray(current))
    (current as Record<string, unknown>).unexpected = replacement;
  else parent[key] = { unexpected: replacement };
  return root.value;
}

/** Fills every :name in a template, with one value or a value per name. */
function fillTemplate(template: string, param: string | ((name: string) => string)): string {
  return template.replace(/:(\w+)/g, (_match, name: string) =>
    typeof param === 'string' ? param : param(name),
  );
}

/** An upper bound on the request line and headers as sent: non-ASCII is percent-encoded, dot segments kept. */
function headBytes(req: FuzzRequest): number {
  const urlBytes = [...req.url].reduce(
    (sum, char) => sum + (char.charCodeAt(0) < 0x80 ? 1 : Buffer.byteLength(char) * 3),
    0,
  );
  return (
    urlBytes +
    Object.entries(req.headers).reduce(
      (sum, [name, value]) => sum + name.length + value.length + 4,
      0,
    )
  );
}

function readText(
  res: IncomingMessage,
  callback: (error: Error | null, body: string) => void,
): void {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
  });
  res.on('end', () => callback(null, text));
}

async function send(
  server: Server,
  req: FuzzRequest,
): Promise<{ status: number; contentType: string; text: string }> {
  const verb = req.method.toLowerCase() as
    | 'get'
    | 'head'
    | 'post'
    | 'put'
    | 'patch'
    | 'delete'
    | 'options';
  let test = request(server)
    [verb](req.url)
    .redirects(0)
    .timeout(15_000)
    .buffer(true)
    .parse(readText as never);
  for (const [name, value] of Object.entries(req.headers)) test = test.set(name, value);
  if (req.body !== undefined) {
    const bytes = Buffer.from(req.body);
    // Sent as given, never re-serialised; the length is explicit because HEAD would send it unframed.
    test = test
      .set('Content-Length', String(bytes.length))
      .serialize((data: unknown) => data as string)
      .send(bytes);
  }
  const res = await test;
  return {
    status: res.status,
    contentType: String(res.headers['content-type'] ?? ''),
    text: typeof res.body === 'string' ? res.body : '',
  };
}

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
 * Tables that refused requests legitimately write: a failed sign-in is audited and counted for
 * throttling, and resolving a session may touch or expire it. Content, users and settings are
 * never among them. What the fuzz wrote to these is checked on its own at the end.
 */
const WRITTEN_BY_REFUSED_REQUESTS = new Set(['audit_log', 'sign_in_throttle', 'sessions']);

/**
 * A hash of the schema and of every row of every table, shadow tables of the search index
 * included, but for the tables above (and their autoincrement counters in sqlite_sequence).
 */
function fingerprintDatabase(db: Database.Database): string {
  const hash = createHash('sha256');
  const objects = db
    .prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name')
    .all() as { type: string; name: string }[];
  hash.update(JSON.stringify(objects));
  hash.update(String(db.pragma('user_version', { simple: true })));
  for (const { name } of objects.filter((object) => object.type === 'table')) {
    if (WRITTEN_BY_REFUSED_REQUESTS.has(name)) continue;
    const rows = db
      .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
      .raw()
      .all()
      .filter(
        (cells) =>
          name !== 'sqlite_sequence' ||
          !WRITTEN_BY_REFUSED_REQUESTS.has(String((cells as unknown[])[0])),
      );
    hash.update(`\n${name} ${rows.length}\n`);
    for (const row of rows.map((cells) => JSON.stringify(cells)).sort()) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}

function readDatabase<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const readFingerprint = (dataDir: string) => readDatabase(dataDir, fingerprintDatabase);

/** What the excluded tables held: the sessions by token, and the newest audit entry. */
function readSessionsAndAudit(dataDir: string) {
  return readDatabase(dataDir, (db) => ({
    sessions: (
      db.prepare('SELECT token_hash, user_id, stage FROM sessions').raw().all() as string[][]
    )
      .map((row) => row.join(' '))
      .sort(),
    lastAuditId: (db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0,
  }));
}

let testApp: TestApp;
let server: Server;
let fingerprintBefore: string;
let endpoints: Endpoint[];
let realSegments: string[];
let paramValues: string[];
let etags: string[];
let queryValues: Map<string, string[]>;
let searchWordsPool: string[];
let vocabularies: Vocabulary[];
// For the admin routes.
let admin: AdminClient;
let userIds: string[];
let typePaths: string[];
let editableItems: { type: string; id: string; content: unknown }[];
let adminVocabulary: Vocabulary;
let before: ReturnType<typeof readSessionsAndAudit>;

beforeAll(async () => {
  testApp = await createTestApp({ allowedOrigins: [ALLOWED_ORIGIN] });
  server = createServer(testApp.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Route specs only touch their services when handling a request, so listing them needs none.
  const admins = adminRoutes({ stores: {} } as unknown as AdminServices);
  endpoints = [
    ...[...apiRoutes(testApp.store), ...admins].map((spec) => ({
      method: spec.method.toUpperCase() as Endpoint['method'],
      template: `/api/v1${spec.path}`,
      spec,
      admin: spec.path.startsWith('/admin/'),
    })),
    ...extraOperations.map(
      (extra) => ({ method: 'GET', template: extra.path, admin: false }) as const,
    ),
  ];
  realSegments = [
    ...new Set(
      endpoints.flatMap((e) => e.template.split('/')).filter((s) => s && !s.startsWith(':')),
    ),
  ];

  // Real ids, slugs and titles, from each parameterised public route's list route.
  const items: { id: string; slug?: string; title?: string }[] = [];
  for (const { template } of endpoints.filter((e) => !e.admin && e.template.includes('/:'))) {
    const list = await request(server).get(template.slice(0, template.indexOf('/:')));
    items.push(...((list.body as { items?: typeof items }).items ?? []).slice(0, 5));
  }
  paramValues = [...new Set(items.flatMap((item) => [item.id, item.slug ?? item.id]))];
  searchWordsPool = items.flatMap((item) => (item.title ?? '').split(/\s+/)).filter(Boolean);
  expect(paramValues.length).toBeGreaterThan(5);

  etags = [];
  for (const { template } of endpoints.filter((e) => !e.admin && e.method === 'GET')) {
    const res = await request(server).get(
      fillTemplate(template, encodeURIComponent(paramValues[0] ?? '')),
    );
    if (res.headers.etag) etags.push(String(res.headers.etag));
  }
  expect(etags.length).toBeGreaterThan(3);

  queryValues = new Map();
  for (const { spec } of endpoints) {
    for (const [name, schema] of Object.entries(
      spec?.query ? (defOf(spec.query).shape ?? {}) : {},
    )) {
      queryValues.set(name, [
        ...new Set([...(queryValues.get(name) ?? []), ...acceptedStrings(schema)]),
      ]);
    }
  }
  // Search's `type` takes content type paths, which its schema cannot list.
  const contentTypes = z
    .object({ items: z.array(ContentTypeInfoSchema) })
    .parse((await request(server).get('/api/v1/content-types')).body);
  typePaths = contentTypes.items.map((type) => type.path);
  queryValues.set('type', typePaths);

  const readiness = ReadinessQuestionnaireSchema.parse(
    (await request(server).get('/api/v1/assessment/readiness')).body,
  ).questions;
  const expectations = ExpectationsQuestionnaireSchema.parse(
    (await request(server).get('/api/v1/assessment/expectations')).body,
  ).questions;
  // The last is a question set the server does not have, so its codes must be refused.
  vocabularies = [
    vocabularyOf('readiness', readiness, readiness),
    vocabularyOf('expectations', expectations, expectations),
    vocabularyOf('readiness', readiness, readiness.slice(1)),
  ];

  // An admin whose session a fraction of requests carries, and an editor for user ids.
  admin = await signedIn(testApp, 'admin');
  const editor = await createUser(testApp, 'editor');
  userIds = [admin.user.id, editor.id];
  const bundle = loadDefaultBundle();
  editableItems = contentTypeKeys.flatMap((key) =>
    (bundle[key] as { id: string }[]).slice(0, 2).map((content) => ({
      type: contentTypeRegistry[key].path,
      id: content.id,
      content,
    })),
  );
  const dates = ['2026-01-31T00:00:00Z', '2020-02-30T25:00:00Z', '1', '2'];
  for (const name of ['from', 'to'])
    queryValues.set(name, [...(queryValues.get(name) ?? []), ...dates]);
  queryValues.set('actor', [admin.user.email, editor.id]);
  queryValues.set('targetType', ['user', ...contentTypeKeys]);
  adminVocabulary = {
    keys: ['id', 'slug', 'title', 'summary', 'order', 'format', 'items'],
    strings: fc.oneof(
      fc.constantFrom(admin.user.email, editor.email, 'nobody@example.org'),
      fc.constantFrom(
        'not-the-password-42',
        '123456',
        ' 654321 ',
        'editor',
        'publisher',
        'admin',
        'peer-toolkit-export',
        ...dates,
        ...typePaths,
        ...paramValues,
      ),
    ),
  };

  fingerprintBefore = readFingerprint(testApp.dataDir);
  before = readSessionsAndAudit(testApp.dataDir);
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await testApp?.close();
});

function answersFor(questions: readonly ShareCodeQuestion[]): fc.Arbitrary<Answers> {
  const scale = fc.integer({ min: 0, max: 4 });
  const model = Object.fromEntries(
    questions.map((q) => [
      q.id,
      q.mayNotApply ? fc.oneof(scale, fc.constant(NOT_APPLICABLE)) : scale,
    ]),
  );
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

/** A questionnaire's ids, and share codes made for `coded`: valid, reshaped, or one character off. */
function vocabularyOf(
  kind: ShareCodeKind,
  questions: ShareCodeQuestion[],
  coded: ShareCodeQuestion[],
): Vocabulary {
  const group = fc.option(fc.constantFrom(...stakeholderGroups), {
    nil: undefined,
  }) as fc.Arbitrary<StakeholderGroup | undefined>;
  const valid = fc.tuple(group, answersFor(coded)).map(([g, answers]) =>
    encodeShareCode({
      kind,
      questions: coded,
      answers,
      ...(kind === 'expectations' ? { group: g } : {}),
    }),
  );
  const typo = fc
    .tuple(valid, fc.nat(), fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZilou -'))
    .map(([code, at, char]) => {
      const i = at % code.length;
      return `${code.slice(0, i)}${char}${code.slice(i + 1)}`;
    });
  const reshaped = fc
    .tuple(valid, fc.nat())
    .map(
      ([code, n]) =>
        [code.toLowerCase(), ` ${code} `, code.replaceAll('-', ''), code.slice(0, n % code.length)][
          n % 4
        ] ?? code,
    );
  return {
    keys: questions.map((q) => q.id),
    strings: fc.oneof({ weight: 4, arbitrary: valid }, typo, reshaped),
  };
}

// Generators of request parts.

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const MALFORMED_PERCENT = [
  '%',
  '%%',
  '%zz',
  '%4',
  '%E0%A4%A',
  '%C0%AF',
  '%FF',
  '%00',
  '%u0041',
  '%25',
  '%2e%2e',
  '%2F',
  '%5C',
  '%0A',
  '%c3%28',
  '%ED%A0%80',
];
const malformedPercent = fc
  .tuple(fc.constantFrom(...MALFORMED_PERCENT), fc.string({ maxLength: 4 }))
  .map(([bad, text]) => `${text}${bad}${text}`);
const longText = fc
  .tuple(fc.integer({ min: 70, max: 6000 }), fc.constantFrom('a', '-', '9', 'é', '%20', 'ab/'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

function segment(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...realSegments) },
    { weight: 3, arbitrary: fc.constantFrom(...paramValues) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 2, arbitrary: malformedPercent },
    { weight: 2, arbitrary: fc.constantFrom('..', '.', '', '...', '%2e%2e', '.%2e', '..;', '~') },
    { weight: 1, arbitrary: longText },
  );
}

/** Real values for a path parameter, by its name. */
function realValues(name: string): string[] {
  if (name === 'type') return typePaths;
  if (name === 'userId') return userIds;
  if (name === 'number') return ['1', '2', '3'];
  return paramValues;
}

/** A path for the endpoint: each parameter real, or (unless `other` is null) sometimes other. */
function pathOf(
  endpoint: Endpoint,
  other: fc.Arbitrary<string> | null = segment(),
): fc.Arbitrary<string> {
  const names = [...endpoint.template.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const value = (name: string) => {
    const real = fc.constantFrom(...realValues(name)).map(encodeURIComponent);
    return other ? fc.oneof({ weight: 3, arbitrary: real }, other) : real;
  };
  // Half the time an admin item path names a real item of its own type.
  const item = fc.option(fc.constantFrom(...editableItems), { nil: undefined, freq: 2 });
  return fc
    .tuple(item, fc.tuple(...names.map(value)))
    .map(([paired, values]) =>
      fillTemplate(endpoint.template, (name) =>
        paired && (name === 'type' || name === 'id')
          ? encodeURIComponent(paired[name as 'type' | 'id'])
          : (values[names.indexOf(name)] ?? ''),
      ),
    );
}

function realPath(filter: (endpoint: Endpoint) => boolean = () => true): fc.Arbitrary<string> {
  return fc.constantFrom(...endpoints.filter(filter)).chain((endpoint) => pathOf(endpoint));
}

function anyPath(): fc.Arbitrary<string> {
  const mutated = fc
    .tuple(realPath(), fc.nat(), segment(), fc.constantFrom('replace', 'insert', 'append'))
    .map(([path, at, seg, how]) => {
      const parts = path.split('/');
      const i = 1 + (at % parts.length);
      if (how === 'append') return `${path}/${seg}`;
      parts.splice(i, how === 'replace' ? 1 : 0, seg);
      return parts.join('/');
    });
  const prefix = fc.constantFrom(
    '/api/v1',
    '',
    '/api',
    '/api/v2',
    '/API/V1',
    '/api/v1/',
    '//api/v1',
    '/api//v1',
  );
  const random = fc
    .tuple(prefix, fc.array(segment(), { maxLength: 5 }))
    .map(([p, segs]) => `${p}/${segs.join('/')}`);
  return fc.oneof(realPath(), mutated, random);
}

function headers(): fc.Arbitrary<Record<string, string>> {
  const latin1 = fc.string({
    unit: fc.integer({ min: 0xa0, max: 0xff }).map((c) => String.fromCharCode(c)),
    maxLength: 8,
  });
  const garbage = fc.oneof(
    printable,
    latin1,
    fc.integer({ min: 100, max: 2000 }).map((n) => 'x'.repeat(n)),
  );
  return fc.record(
    {
      'If-None-Match': fc.oneof(
        fc.constantFrom(...etags),
        fc.constantFrom(
          '*',
          '""',
          'W/"x"',
          '"',
          ',',
          ', ,',
          'W/',
          `${etags[0]}, *`,
          `W/${etags[0]}`,
        ),
        fc
          .array(fc.constantFrom(...etags), { minLength: 2, maxLength: 4 })
          .map((list) => list.join(', ')),
        garbage,
      ),
      'Accept-Encoding': fc.oneof(
        fc.constantFrom(
          'gzip',
          'br',
          'deflate',
          'identity',
          '*',
          'gzip;q=0',
          'identity;q=0, *;q=0',
          'br;q=1.5',
          'gzip;q=abc',
          '',
        ),
        garbage,
      ),
      Origin: fc.oneof(
        fc.constantFrom(
          ALLOWED_ORIGIN,
          TEST_ORIGIN,
          TEST_ORIGIN,
          `${TEST_ORIGIN}/`,
          'null',
          `${ALLOWED_ORIGIN}/`,
          'https://evil.example',
          'file://',
          '',
        ),
        garbage,
      ),
      Accept: fc.oneof(
        fc.constantFrom(
          'application/json',
          'text/html',
          'application/problem+json',
          '*/*;q=0',
          'application/xml',
        ),
        garbage,
      ),
      'X-Request-Id': fc.oneof(fc.constantFrom('abcdefgh-1234', '../../etc', ''), garbage),
      'If-Modified-Since': fc.oneof(
        fc.constantFrom('Thu, 01 Jan 1970 00:00:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT'),
        garbage,
      ),
      Range: fc.oneof(
        fc.constantFrom('bytes=0-10', 'bytes=-1', 'bytes=99999999-', 'items=1-2'),
        garbage,
      ),
      [CSRF_HEADER]: fc.oneof(fc.constantFrom(CSRF_HEADER_VALUE, CSRF_HEADER_VALUE, ''), garbage),
      // Session cookies, never a live one: made up, malformed, or under the wrong name.
      Cookie: fc.oneof(
        fc
          .base64String({ minLength: 43, maxLength: 44 })
          .map((token) => `ptk_session=${token.replace(/[+/=]/g, '_')}`),
        fc.constantFrom(
          'ptk_session=',
          'ptk_session=%',
          'ptk_session="unterminated',
          `ptk_session=${'a'.repeat(300)}`,
          '__Host-ptk_session=abc',
          'ptk_session=a; ptk_session=b',
          'other=1',
        ),
        garbage,
      ),
      'If-Match': fc.oneof(
        fc.constantFrom('"r1"', 'W/"r1"', '"r0"', '"r999999999"', '"r1234567890"', '*', 'r1'),
        fc.constantFrom(...etags),
        garbage,
      ),
    },
    { requiredKeys: [] },
  );
}

/** What the admin's own pages send with every request. */
const adminPageHeaders = { Origin: TEST_ORIGIN, [CSRF_HEADER]: CSRF_HEADER_VALUE };

const WEIRD_NUMBERS = [
  '0',
  '-1',
  '1',
  '100',
  '101',
  '1.5',
  '1e3',
  '1e400',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '+5',
  ' 5',
  '5 ',
  '١',
  '9'.repeat(400),
];
const ODD_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'page[]',
  'page[0]',
  'q[]',
  'type[a]',
  '',
  ' page',
  'Page',
];

/** Query strings for an endpoint: plausible ones, and pairs of its own, others' and odd names. */
function queryString(endpoint: Endpoint): fc.Arbitrary<string> {
  const names = [...queryValues.keys()];
  const own = endpoint.spec?.query ? Object.keys(defOf(endpoint.spec.query).shape ?? {}) : names;
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...own) },
    { weight: 2, arbitrary: fc.constantFrom(...names) },
    fc.constantFrom(...ODD_KEYS),
    fc.string({ maxLength: 10 }),
  );
  const real = fc.constantFrom(...[...queryValues.values()].flat(), ...searchWordsPool);
  const value = fc.oneof(
    { weight: 4, arbitrary: real },
    {
      weight: 2,
      arbitrary: fc.array(real, { minLength: 2, maxLength: 4 }).map((list) => list.join(',')),
    },
    { weight: 3, arbitrary: fc.constantFrom(...WEIRD_NUMBERS) },
    fc.integer().map(String),
    fc.double().map(String),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '',
      ' ',
      ',',
      ',,',
      'null',
      'undefined',
      'true',
      '[]',
      '{}',
      '"',
      '*',
      'NOT',
      'a OR b',
      'title:x',
      '"unclosed',
    ),
    fc.integer({ min: 190, max: 3000 }).map((n) => 'w '.repeat(n).slice(0, n)),
  );
  const rawValue = fc.oneof(
    { weight: 5, arbitrary: value.map(encodeURIComponent) },
    value,
    malformedPercent,
  );
  const pair = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(key.map(encodeURIComponent), rawValue).map(([k, v]) => `${k}=${v}`),
    },
    fc.constantFrom('page', '=', '==', '=x', '&', 'page=1=2', 'q=a&q=b', 'pageSize'),
  );
  // Plausible queries use only the endpoint's own parameters with values they could accept.
  const plausibleValue = (name: string) => {
    const accepted = queryValues.get(name) ?? [];
    if (accepted.length > 0) return fc.constantFrom(...accepted);
    return fc.oneof(
      fc.constantFrom(...searchWordsPool),
      fc.integer({ min: 1, max: 100 }).map(String),
    );
  };
  const plausible = fc
    .record(Object.fromEntries(own.map((name) => [name, plausibleValue(name)])), {
      requiredKeys: [],
    })
    .map((query) => new URLSearchParams(query as Record<string, string>).toString());
  const random = fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&'));
  return fc.oneof(plausible, { weight: 2, arbitrary: random });
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/json;charset="utf-8"',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=utf-7',
  'application/json; charset=',
  'application/json; foo',
  'APPLICATION/JSON',
  'application/problem+json',
  'application/vnd.api+json',
  'application/*',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  ';;;',
  '',
];
const GZIP_BOMB = gzipSync(Buffer.alloc(1_000_000, 0x20));

interface Body {
  bytes: string | Uint8Array;
  headers: Record<string, string>;
}

/** Values shaped by a route's request schema, with words from its own domain. */
function shapedFor(endpoint: Endpoint | undefined): fc.Arbitrary<unknown> {
  const spec = endpoint?.spec;
  return fc
    .constantFrom(...(endpoint?.admin ? [adminVocabulary] : vocabularies))
    .chain((words) =>
      spec?.body ? arbitraryFor(spec.body, words) : fc.jsonValue({ maxDepth: 3 }),
    );
}

/** Bodies for a route: shaped by its request schema and then broken, or broken outright. */
function body(endpoint: Endpoint | undefined): fc.Arbitrary<Body> {
  const shaped = shapedFor(endpoint);
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      null,
      true,
      -1,
      5,
      1e308,
      NOT_APPLICABLE,
      '',
      ' ',
      '\u0000',
      'x'.repeat(300),
      {},
      [],
    ),
  );
  const broken = fc
    .tuple(shaped, fc.nat(), fc.constantFrom(...BREAKS), replacement)
    .map(([value, at, how, r]) => breakOneField(value, at, how, r));
  // A deleted root leaves nothing to send: an empty body.
  const json = fc.oneof(shaped, broken).map((value) => JSON.stringify(value) ?? '');
  const huge = fc
    .tuple(
      shaped,
      fc.integer({ min: BODY_LIMIT - 600, max: BODY_LIMIT + 600 }),
      fc.constantFrom(' ', 'é', 'A'),
    )
    .map(([value, target, unit]) => {
      const size = Buffer.byteLength(JSON.stringify({ code: '', value }));
      return JSON.stringify({
        code: unit.repeat(Math.max(0, Math.floor((target - size) / Buffer.byteLength(unit)))),
        value,
      });
    });
  const odd = fc.oneof(
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    {
      weight: 2,
      arbitrary: fc.tuple(json, fc.nat()).map(([text, n]) => text.slice(0, n % (text.length + 1))),
    },
    huge,
    fc.integer({ min: 1, max: 40_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
    fc.uint8Array({ maxLength: 300 }),
    fc.constantFrom(
      '',
      ' ',
      'null',
      '"code"',
      '0',
      '\uFEFF{}',
      '{"answers":{}}}',
      '{"answers":{"__proto__":1}}',
      '{"__proto__":{"answers":{}}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '{"respondents":null}',
      'answers=1&code=2',
    ),
  );
  const wellFramed = fc
    .oneof({ weight: 3, arbitrary: shaped }, broken)
    .map((value) => JSON.stringify(value) ?? '')
    .map((bytes) => ({ bytes, headers: { 'Content-Type': 'application/json' } }));
  const contentType = fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined });
  const encoding = fc.option(
    fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'compress', 'x-unknown', 'gzip, gzip'),
    { nil: undefined, freq: 4 },
  );
  const misframed = fc
    .tuple(fc.oneof(json, odd), contentType, encoding, fc.boolean())
    .map(([bytes, type, enc, compress]) => ({
      bytes: enc === 'gzip' && compress ? gzipSync(Buffer.from(bytes)) : bytes,
      headers: {
        ...(type === undefined ? {} : { 'Content-Type': type }),
        ...(enc === undefined ? {} : { 'Content-Encoding': enc }),
      },
    }));
  const oddlyFilled = odd.map((bytes) => ({
    bytes,
    headers: { 'Content-Type': 'application/json' },
  }));
  const bomb = fc.constant({
    bytes: GZIP_BOMB,
    headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
  });
  return fc.oneof(
    { weight: 12, arbitrary: wellFramed },
    { weight: 6, arbitrary: oddlyFilled },
    { weight: 5, arbitrary: misframed },
    bomb,
  );
}

function requestArb(parts: {
  method: fc.Arbitrary<Method>;
  url: fc.Arbitrary<string>;
  headers: fc.Arbitrary<Record<string, string>>;
  body?: fc.Arbitrary<Body | undefined>;
  template?: string;
  expected?: readonly number[];
}): fc.Arbitrary<FuzzRequest> {
  const { template, expected } = parts;
  return fc
    .record({
      method: parts.method,
      url: parts.url,
      headers: parts.headers,
      body: parts.body ?? fc.constant(undefined),
    })
    .map(({ method, url, headers: given, body: sent }) => ({
      method,
      url: url.startsWith('/') ? url : `/${url}`,
      headers: { ...given, ...sent?.headers },
      ...(sent === undefined ? {} : { body: sent.bytes }),
      ...(template === undefined ? {} : { template }),
      ...(expected === undefined ? {} : { expected }),
    }))
    .filter((req) => headBytes(req) < MAX_HEAD_BYTES);
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
      const res = await send(server, req);
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

/** The first real value of each parameter. */
function firstRealValue(name: string): string {
  return encodeURIComponent(realValues(name)[0] ?? '');
}

const asJson = (value: unknown): Body => ({
  bytes: JSON.stringify(value) ?? '',
  headers: { 'Content-Type': 'application/json' },
});

function withSession(headers: Record<string, string>): Record<string, string> {
  return { ...headers, Cookie: admin.cookie ?? '' };
}

/** An If-Match naming no revision any item has: missing, stale, or unreadable. */
function ifMatchNamingNothing(): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc
      .integer({ min: 1_000_000, max: 999_999_999 })
      .chain((n) => fc.constantFrom(`"r${n}"`, `W/"r${n}"`)),
    printable.filter(
      (value) => (parseRevisionEtag(value) ?? Number.POSITIVE_INFINITY) >= 1_000_000,
    ),
  );
}

/** A body the route's own request schema refuses, as the server reads it, or one not sent as JSON. */
function refusedBody(endpoint: Endpoint): fc.Arbitrary<Body> {
  const schema = endpoint.spec?.body ?? z.never();
  const refuses = (text: string) => {
    try {
      const read = Buffer.from(text)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      return !schema.safeParse(JSON.parse(read)).success;
    } catch {
      return true;
    }
  };
  const json = body(endpoint).filter(
    (sent) =>
      sent.headers['Content-Type'] === 'application/json' &&
      sent.headers['Content-Encoding'] === undefined &&
      typeof sent.bytes === 'string' &&
      refuses(sent.bytes),
  );
  const notJson = fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ),
      shapedFor(endpoint),
    )
    .map(([type, value]) => ({
      bytes: JSON.stringify(value) ?? '',
      headers: { 'Content-Type': type },
    }));
  return fc.oneof({ weight: 4, arbitrary: json }, notJson);
}

/**
 * Requests carrying the signed-in admin's session, each of a kind that must be refused before
 * anything changes: reads change nothing; a body the route's own schema refuses never reaches its
 * handler; a missing, stale or unreadable If-Match is checked before any write; an item or user
 * that does not exist is looked up first; and without CSRF proof nothing past the origin check runs.
 */
function adminSessionRequests(): fc.Arbitrary<FuzzRequest> {
  const ofAdmin = endpoints.filter((endpoint) => endpoint.admin);
  const changing = ofAdmin.filter((endpoint) => endpoint.method !== 'GET');
  const browser = withSession(adminPageHeaders);
  // Encoded, and never a dot segment, so that it cannot lead to another route.
  const safeSegment = segment()
    .filter((value) => value !== '.' && value !== '..')
    .map(encodeURIComponent);
  const ifMatchHeader = (ifMatch: string | undefined) =>
    ifMatch === undefined ? browser : { ...browser, 'If-Match': ifMatch };

  const reads = fc.constantFrom(...ofAdmin.filter((e) => e.method === 'GET')).chain((endpoint) =>
    requestArb({
      method: fc.constantFrom<Method>('GET', 'GET', 'HEAD'),
      url: fc
        .tuple(
          pathOf(endpoint),
          fc.oneof(
            { weight: 3, arbitrary: queryString(endpoint) },
            fc.constantFrom('', 'from=1&to=1', 'page=2&pageSize=5'),
          ),
        )
        .map(([path, query]) => `${path}?${query}`),
      headers: fc.oneof(fc.constant({}), headers()).map(withSession),
      template: endpoint.template,
    }),
  );

  const refused = fc.constantFrom(...ofAdmin.filter((e) => e.spec?.body)).chain((endpoint) =>
    requestArb({
      method: fc.constant(endpoint.method),
      url: pathOf(endpoint, safeSegment),
      headers: ifMatchNamingNothing().map(ifMatchHeader),
      body: refusedBody(endpoint),
      template: endpoint.template,
      expected: [400, 403, 413, 415, 422],
    }),
  );

  const stale = fc
    .tuple(
      fc.constantFrom(...ofAdmin.filter((e) => e.spec?.ifMatch)),
      fc.constantFrom(...editableItems),
      fc.constantFrom('1', '2'),
      ifMatchNamingNothing(),
    )
    .chain(([endpoint, item, number, ifMatch]) =>
      requestArb({
        method: fc.constant(endpoint.method),
        url: fc.constant(
          fillTemplate(endpoint.template, (name) =>
            name === 'type' ? item.type : name === 'id' ? encodeURIComponent(item.id) : number,
          ),
        ),
        headers: fc.constant(ifMatchHeader(ifMatch)),
        body: endpoint.spec?.body
          ? fc
              .oneof(
                { weight: 3, arbitrary: fc.constant({ content: item.content }) },
                shapedFor(endpoint),
              )
              .map(asJson)
          : fc.constant(undefined),
        template: endpoint.template,
        expected: [404, 412, 422, 428],
      }),
    );

  const missingId = fc.stringMatching(/^[a-z0-9]{1,12}$/).map((id) => `missing-${id}`);
  const absent = fc
    .tuple(
      fc.constantFrom(...ofAdmin.filter((e) => /:(id|userId)\b/.test(e.template))),
      fc.constantFrom(...editableItems),
      missingId,
      fc.constantFrom('1', '2'),
      fc.constantFrom(undefined, '"r1"', '"r2"'),
    )
    .chain(([endpoint, item, id, number, ifMatch]) =>
      requestArb({
        method: fc.constant(endpoint.method),
        url: fc.constant(
          fillTemplate(endpoint.template, (name) =>
            name === 'type' ? item.type : name === 'number' ? number : id,
          ),
        ),
        headers: fc.constant(ifMatchHeader(ifMatch)),
        // A save of valid content under the absent id gets as far as looking the item up.
        body: !endpoint.spec?.body
          ? fc.constant(undefined)
          : endpoint.template.includes(':type')
            ? fc
                .oneof(
                  {
                    weight: 3,
                    arbitrary: fc.constant({ content: { ...(item.content as object), id } }),
                  },
                  shapedFor(endpoint),
                )
                .map(asJson)
            : shapedFor(endpoint).map(asJson),
        template: endpoint.template,
        expected: [404, 412, 422, 428],
      }),
    );

  const forgeries = fc.constantFrom<Record<string, string>>(
    { Origin: TEST_ORIGIN },
    { Origin: TEST_ORIGIN, [CSRF_HEADER]: '' },
    { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    ...[
      'null',
      '',
      `${TEST_ORIGIN}/`,
      TEST_ORIGIN.toUpperCase(),
      'http://127.0.0.1:4001',
      'http://localhost:4000',
      ALLOWED_ORIGIN,
      'https://evil.example',
    ].map((origin) => ({ Origin: origin, [CSRF_HEADER]: CSRF_HEADER_VALUE })),
  );
  const forged = fc.constantFrom(...changing).chain((endpoint) =>
    requestArb({
      method: fc.constant(endpoint.method),
      // Real items and users: the origin check alone must stop these.
      url: pathOf(endpoint, null),
      headers: fc
        .tuple(forgeries, fc.constantFrom(undefined, '"r1"', '"r2"'))
        .map(([forgery, ifMatch]) =>
          withSession({ ...forgery, ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }) }),
        ),
      body: endpoint.spec?.body ? shapedFor(endpoint).map(asJson) : fc.constant(undefined),
      template: endpoint.template,
      expected: [403],
    }),
  );

  return fc.oneof(
    { weight: 2, arbitrary: reads },
    { weight: 3, arbitrary: refused },
    { weight: 2, arbitrary: stale },
    { weight: 2, arbitrary: absent },
    { weight: 2, arbitrary: forged },
  );
}

describe('fuzzing every route', { timeout: 120_000 }, () => {
  it('the database fingerprint notices a change to content, users or settings, and nothing else', () => {
    const db = new Database(join(testApp.dataDir, DATABASE_FILE), { fileMustExist: true });
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
      requestArb({ method, url: anyPath(), headers: fc.oneof(fc.constant({}), headers()) }),
    );
  });

  it('answers random query strings on every GET route, never 5xx', async () => {
    const method = fc.constantFrom<Method>('GET', 'GET', 'GET', 'HEAD');
    const gets = endpoints.filter((e) => e.method === 'GET');
    const endpoint = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...gets.filter((e) => e.spec?.query)) },
      fc.constantFrom(...gets),
    );
    const arbitrary = endpoint.chain((target) =>
      requestArb({
        method,
        url: fc
          .tuple(pathOf(target), queryString(target))
          .map(([path, query]) => `${path}?${query}`),
        headers: fc.oneof(fc.constant({}), headers()),
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
    const publicEndpoints = endpoints.filter((e) => !e.admin);
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
        url: fc.constant(fillTemplate(endpoint.template, firstRealValue)),
        headers: fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, headers()),
        body: body(endpoint),
        template: endpoint.template,
      }),
    );
    const seen = await fuzz(20_240_603, 1000, arbitrary);
    for (const { template } of posts) expectReachedAndRefused(seen, `POST ${template}`);
  });

  it('answers random and broken bodies on every admin route without a session, never 5xx', async () => {
    const changing = endpoints.filter((e) => e.admin && e.method !== 'GET');
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
        url: fc.constant(fillTemplate(endpoint.template, firstRealValue)),
        // With the admin's Origin and CSRF header a request reaches the session check.
        headers: fc.oneof(
          { weight: 4, arbitrary: fc.constant(adminPageHeaders) },
          { weight: 2, arbitrary: fc.constant({}) },
          headers(),
        ),
        body: body(endpoint),
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
    const arbitrary = fc.constantFrom(...endpoints).chain((endpoint) =>
      requestArb({
        method:
          endpoint.method === 'GET'
            ? fc.constantFrom<Method>('GET', 'HEAD', 'OPTIONS')
            : fc.constant<Method>(endpoint.method),
        url: pathOf(endpoint),
        headers: headers(),
        body: endpoint.method === 'GET' ? fc.constant(undefined) : body(endpoint),
        template: endpoint.template,
      }),
    );
    await fuzz(20_240_604, 400, arbitrary);
  });

  it('answers a signed-in admin’s refused requests on every admin route, never 5xx', async () => {
    expect([...paramValues, ...userIds].filter((value) => value.startsWith('missing-'))).toEqual(
      [],
    );
    const seen = await fuzz(20_240_605, 1000, adminSessionRequests());
    const ofAdmin = endpoints.filter((endpoint) => endpoint.admin);
    const statuses = (endpoint: Endpoint) => [
      ...(seen.get(`${endpoint.method} ${endpoint.template}`) ?? []),
    ];
    for (const endpoint of ofAdmin) {
      const { operationId } = endpoint.spec ?? {};
      // The session held throughout: no request was asked to sign in.
      expect(statuses(endpoint), operationId).not.toContain(401);
      if (endpoint.method === 'GET') expect(statuses(endpoint), operationId).toContain(200);
      else expect(statuses(endpoint), operationId).toContain(403);
      if (endpoint.spec?.ifMatch)
        expect(statuses(endpoint), operationId).toEqual(expect.arrayContaining([412, 428]));
      if (endpoint.spec?.body && operationId !== 'completeSecondFactor')
        expect(statuses(endpoint), operationId).toContain(422);
      if (/:(id|userId)\b/.test(endpoint.template) && !endpoint.spec?.query)
        expect(statuses(endpoint), operationId).toContain(404);
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
