import { gzipSync } from 'node:zlib';
import { NOT_APPLICABLE } from '@peer-toolkit/core';
import fc from 'fast-check';
import { z } from 'zod';
import type { FuzzContext } from './fuzz-context.js';
import type { Body, Endpoint } from './fuzz-request.js';
import { arbitraryFor } from './zod-arbitrary.js';

const BODY_LIMIT = 64 * 1024;

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

/** Values shaped by a route's request schema, with words from its own domain. */
export function shapedFor(ctx: FuzzContext, endpoint: Endpoint | undefined): fc.Arbitrary<unknown> {
  const spec = endpoint?.spec;
  return fc
    .constantFrom(...(endpoint?.admin ? [ctx.adminVocabulary] : ctx.vocabularies))
    .chain((words) =>
      spec?.body ? arbitraryFor(spec.body, words) : fc.jsonValue({ maxDepth: 3 }),
    );
}

/** Bodies for a route: shaped by its request schema and then broken, or broken outright. */
export function body(ctx: FuzzContext, endpoint: Endpoint | undefined): fc.Arbitrary<Body> {
  const shaped = shapedFor(ctx, endpoint);
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

/** A value sent as JSON. */
export const asJson = (value: unknown): Body => ({
  bytes: JSON.stringify(value) ?? '',
  headers: { 'Content-Type': 'application/json' },
});

/** A body the route's own request schema refuses, as the server reads it, or one not sent as JSON. */
export function refusedBody(ctx: FuzzContext, endpoint: Endpoint): fc.Arbitrary<Body> {
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
  const json = body(ctx, endpoint).filter(
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
      shapedFor(ctx, endpoint),
    )
    .map(([type, value]) => ({
      bytes: JSON.stringify(value) ?? '',
      headers: { 'Content-Type': type },
    }));
  return fc.oneof({ weight: 4, arbitrary: json }, notJson);
}
