import { defOf } from '@peer-toolkit/core';
import fc from 'fast-check';
import type { FuzzContext } from './fuzz-context.js';
import type { Endpoint } from './fuzz-request.js';
import { malformedPercent } from './paths.js';

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
export function queryString(ctx: FuzzContext, endpoint: Endpoint): fc.Arbitrary<string> {
  const names = [...ctx.queryValues.keys()];
  const own = endpoint.spec?.query ? Object.keys(defOf(endpoint.spec.query).shape ?? {}) : names;
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...own) },
    { weight: 2, arbitrary: fc.constantFrom(...names) },
    fc.constantFrom(...ODD_KEYS),
    fc.string({ maxLength: 10 }),
  );
  const real = fc.constantFrom(...[...ctx.queryValues.values()].flat(), ...ctx.searchWords);
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
    const accepted = ctx.queryValues.get(name) ?? [];
    if (accepted.length > 0) return fc.constantFrom(...accepted);
    return fc.oneof(
      fc.constantFrom(...ctx.searchWords),
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
