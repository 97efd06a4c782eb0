import { CSRF_HEADER, CSRF_HEADER_VALUE, parseRevisionEtag } from '@peer-toolkit/core';
import fc from 'fast-check';
import { TEST_ORIGIN } from '../test-app.js';
import { asJson, refusedBody, shapedFor } from './bodies.js';
import type { FuzzContext } from './fuzz-context.js';
import {
  ALLOWED_ORIGIN,
  type FuzzRequest,
  fillTemplate,
  type Method,
  requestArb,
} from './fuzz-request.js';
import { adminPageHeaders, headers, withSession } from './headers.js';
import { pathOf, printable, segment } from './paths.js';
import { queryString } from './queries.js';

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

/**
 * Requests carrying the signed-in admin's session, each of a kind that must be refused before
 * anything changes: reads change nothing; a body the route's own schema refuses never reaches its
 * handler; a missing, stale or unreadable If-Match is checked before any write; an item or user
 * that does not exist is looked up first; and without CSRF proof nothing past the origin check runs.
 */
export function adminSessionRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const ofAdmin = ctx.endpoints.filter((endpoint) => endpoint.admin);
  const changing = ofAdmin.filter((endpoint) => endpoint.method !== 'GET');
  const browser = withSession(ctx, adminPageHeaders);
  // Encoded, and never a dot segment, so that it cannot lead to another route.
  const safeSegment = segment(ctx)
    .filter((value) => value !== '.' && value !== '..')
    .map(encodeURIComponent);
  const ifMatchHeader = (ifMatch: string | undefined) =>
    ifMatch === undefined ? browser : { ...browser, 'If-Match': ifMatch };

  const reads = fc.constantFrom(...ofAdmin.filter((e) => e.method === 'GET')).chain((endpoint) =>
    requestArb({
      method: fc.constantFrom<Method>('GET', 'GET', 'HEAD'),
      url: fc
        .tuple(
          pathOf(ctx, endpoint),
          fc.oneof(
            { weight: 3, arbitrary: queryString(ctx, endpoint) },
            fc.constantFrom('', 'from=1&to=1', 'page=2&pageSize=5'),
          ),
        )
        .map(([path, query]) => `${path}?${query}`),
      headers: fc.oneof(fc.constant({}), headers(ctx)).map((given) => withSession(ctx, given)),
      template: endpoint.template,
    }),
  );

  const refused = fc.constantFrom(...ofAdmin.filter((e) => e.spec?.body)).chain((endpoint) =>
    requestArb({
      method: fc.constant(endpoint.method),
      url: pathOf(ctx, endpoint, safeSegment),
      headers: ifMatchNamingNothing().map(ifMatchHeader),
      body: refusedBody(ctx, endpoint),
      template: endpoint.template,
      expected: [400, 403, 413, 415, 422],
    }),
  );

  const stale = fc
    .tuple(
      fc.constantFrom(...ofAdmin.filter((e) => e.spec?.ifMatch)),
      fc.constantFrom(...ctx.editableItems),
      fc.constantFrom('1', '2'),
      fc.constantFrom(...ctx.userIds),
      ifMatchNamingNothing(),
    )
    .chain(([endpoint, item, number, userId, ifMatch]) =>
      requestArb({
        method: fc.constant(endpoint.method),
        // Real items and users, so that only the If-Match is wrong.
        url: fc.constant(
          fillTemplate(endpoint.template, (name) =>
            name === 'type'
              ? item.type
              : name === 'id'
                ? encodeURIComponent(item.id)
                : name === 'userId'
                  ? userId
                  : number,
          ),
        ),
        headers: fc.constant(ifMatchHeader(ifMatch)),
        body: endpoint.spec?.body
          ? fc
              .oneof(
                { weight: 3, arbitrary: fc.constant({ content: item.content }) },
                shapedFor(ctx, endpoint),
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
      fc.constantFrom(...ctx.editableItems),
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
                  shapedFor(ctx, endpoint),
                )
                .map(asJson)
            : shapedFor(ctx, endpoint).map(asJson),
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
      url: pathOf(ctx, endpoint, null),
      headers: fc
        .tuple(forgeries, fc.constantFrom(undefined, '"r1"', '"r2"'))
        .map(([forgery, ifMatch]) =>
          withSession(ctx, {
            ...forgery,
            ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }),
          }),
        ),
      body: endpoint.spec?.body ? shapedFor(ctx, endpoint).map(asJson) : fc.constant(undefined),
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
