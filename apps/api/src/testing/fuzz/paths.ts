import fc from 'fast-check';
import type { FuzzContext } from './fuzz-context.js';
import { type Endpoint, fillTemplate } from './fuzz-request.js';

/** Printable ASCII, up to 40 characters. */
export const printable = fc.string({
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
/** Text around a broken or surprising percent-escape. */
export const malformedPercent = fc
  .tuple(fc.constantFrom(...MALFORMED_PERCENT), fc.string({ maxLength: 4 }))
  .map(([bad, text]) => `${text}${bad}${text}`);
const longText = fc
  .tuple(fc.integer({ min: 70, max: 6000 }), fc.constantFrom('a', '-', '9', 'é', '%20', 'ab/'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

/** One path segment: real, a real id, random, encoded or not, malformed, a dot segment, or long. */
export function segment(ctx: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ctx.realSegments) },
    { weight: 3, arbitrary: fc.constantFrom(...ctx.paramValues) },
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
function realValues(ctx: FuzzContext, name: string): string[] {
  if (name === 'type') return ctx.typePaths;
  if (name === 'userId') return ctx.userIds;
  if (name === 'number') return ['1', '2', '3'];
  return ctx.paramValues;
}

/** A path for the endpoint: each parameter real, or (unless `other` is null) sometimes other. */
export function pathOf(
  ctx: FuzzContext,
  endpoint: Endpoint,
  other: fc.Arbitrary<string> | null = segment(ctx),
): fc.Arbitrary<string> {
  const names = [...endpoint.template.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const value = (name: string) => {
    const real = fc.constantFrom(...realValues(ctx, name)).map(encodeURIComponent);
    return other ? fc.oneof({ weight: 3, arbitrary: real }, other) : real;
  };
  // Half the time an admin item path names a real item of its own type.
  const item = fc.option(fc.constantFrom(...ctx.editableItems), { nil: undefined, freq: 2 });
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

function realPath(
  ctx: FuzzContext,
  filter: (endpoint: Endpoint) => boolean = () => true,
): fc.Arbitrary<string> {
  return fc
    .constantFrom(...ctx.endpoints.filter(filter))
    .chain((endpoint) => pathOf(ctx, endpoint));
}

/** Any path: a real one, one with a segment replaced or added, or random segments under odd prefixes. */
export function anyPath(ctx: FuzzContext): fc.Arbitrary<string> {
  const mutated = fc
    .tuple(realPath(ctx), fc.nat(), segment(ctx), fc.constantFrom('replace', 'insert', 'append'))
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
    .tuple(prefix, fc.array(segment(ctx), { maxLength: 5 }))
    .map(([p, segs]) => `${p}/${segs.join('/')}`);
  return fc.oneof(realPath(ctx), mutated, random);
}

/** The first real value of each parameter. */
export function firstRealValue(ctx: FuzzContext, name: string): string {
  return encodeURIComponent(realValues(ctx, name)[0] ?? '');
}
