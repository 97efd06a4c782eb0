import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@peer-toolkit/core';
import fc from 'fast-check';
import { TEST_ORIGIN } from '../test-app.js';
import type { FuzzContext } from './fuzz-context.js';
import { ALLOWED_ORIGIN } from './fuzz-request.js';
import { printable } from './paths.js';

/** Any subset of the headers the API reads, each plausible, odd or garbage. */
export function headers(ctx: FuzzContext): fc.Arbitrary<Record<string, string>> {
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
        fc.constantFrom(...ctx.etags),
        fc.constantFrom(
          '*',
          '""',
          'W/"x"',
          '"',
          ',',
          ', ,',
          'W/',
          `${ctx.etags[0]}, *`,
          `W/${ctx.etags[0]}`,
        ),
        fc
          .array(fc.constantFrom(...ctx.etags), { minLength: 2, maxLength: 4 })
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
        fc.constantFrom(...ctx.etags),
        garbage,
      ),
    },
    { requiredKeys: [] },
  );
}

/** What the admin's own pages send with every request. */
export const adminPageHeaders = { Origin: TEST_ORIGIN, [CSRF_HEADER]: CSRF_HEADER_VALUE };

/** The headers with the signed-in admin's session cookie added. */
export function withSession(
  ctx: FuzzContext,
  headers: Record<string, string>,
): Record<string, string> {
  return { ...headers, Cookie: ctx.admin.cookie ?? '' };
}
