import { defOf } from '@peer-toolkit/core';
import fc from 'fast-check';
import { z } from 'zod';

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
export function acceptedStrings(schema: z.ZodType): string[] {
  const def = defOf(schema);
  const own = [...Object.values(def.entries ?? {}), ...(def.values ?? [])].filter(
    (value): value is string => typeof value === 'string',
  );
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
export interface Vocabulary {
  keys: string[];
  strings: fc.Arbitrary<string>;
}

/** Values shaped like the schema, mostly valid, drawing strings and keys from real data. */
export function arbitraryFor(schema: z.ZodType, words: Vocabulary): fc.Arbitrary<unknown> {
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
