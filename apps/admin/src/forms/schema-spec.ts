import {
  checksOf,
  defOf,
  IdSchema,
  MARKDOWN_MEDIA_TYPE,
  META_EVIDENCE,
  META_IDENTIFIER,
  META_REFERENCE,
  type ZodDef,
} from '@peer-toolkit/core';
import { z } from 'zod';
import { findEnumLabels, humanise } from './enum-labels.js';

/**
 * What the form generator knows about one field, read from the zod schema and its metadata.
 * Every content type's form is built from these, so a new type in core needs no admin code.
 */
export type FieldSpec =
  | (FieldBase & { kind: 'text'; identifier: boolean; maxLength?: number })
  | (FieldBase & { kind: 'markdown'; maxLength?: number })
  | (FieldBase & { kind: 'number'; integer: boolean; min?: number; max?: number })
  | (FieldBase & { kind: 'boolean' })
  | (FieldBase & { kind: 'enum'; options: ChoiceOption[] })
  | (FieldBase & { kind: 'enum-list'; options: ChoiceOption[] } & ListLimits)
  | (FieldBase & { kind: 'reference'; collection: string })
  | (FieldBase & { kind: 'reference-list'; collection: string } & ListLimits)
  | (FieldBase & {
      kind: 'list';
      item: FieldSpec;
      itemNoun: string;
      evidence: boolean;
    } & ListLimits)
  | (FieldBase & { kind: 'object'; fields: FieldSpec[] })
  | (FieldBase & { kind: 'json' });

export type FieldKind = FieldSpec['kind'];
export type ObjectSpec = Extract<FieldSpec, { kind: 'object' }>;

export interface FieldBase {
  /** The property name; empty for the entries of a list. */
  key: string;
  title: string;
  description?: string;
  /** May be left empty: optional, nullable or with a default. */
  optional: boolean;
  /** The value `.default()` gives, when there is one. */
  defaultValue?: unknown;
}

export interface ListLimits {
  minItems?: number;
  maxItems?: number;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

const identifierDescription = z.globalRegistry.get(IdSchema)?.description;

const OPTIONAL_WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault']);
const PLAIN_WRAPPERS = new Set(['readonly', 'catch']);

interface Unwrapped {
  schema: z.ZodType;
  def: ZodDef;
  meta: Record<string, unknown>;
  optional: boolean;
  defaultValue?: unknown;
}

/** Looks through optional/default/nullable wrappers; the outermost metadata of a key wins. */
export function unwrap(schema: z.ZodType): Unwrapped {
  const meta: Record<string, unknown> = {};
  let optional = false;
  let defaultValue: unknown;
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const own = (z.globalRegistry.get(current) ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(own)) if (!(key in meta)) meta[key] = value;
    const def = defOf(current);
    if (OPTIONAL_WRAPPERS.has(def.type) && def.innerType) {
      optional = true;
      if (def.type === 'default' && defaultValue === undefined) defaultValue = def.defaultValue;
      current = def.innerType;
    } else if (PLAIN_WRAPPERS.has(def.type) && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return {
        schema: current,
        def,
        meta,
        optional,
        ...(defaultValue === undefined ? {} : { defaultValue }),
      };
    }
  }
  throw new Error('The schema nests wrappers too deeply to build a form from it');
}

function stringOptions(def: ZodDef): string[] | undefined {
  if (def.type === 'enum' && def.entries) {
    const values = Object.values(def.entries);
    return values.every((value) => typeof value === 'string') ? (values as string[]) : undefined;
  }
  if (def.type === 'literal' && def.values?.every((value) => typeof value === 'string')) {
    return def.values as string[];
  }
  if (def.type === 'union' && def.options) {
    const parts = def.options.map((option) => stringOptions(unwrap(option).def));
    return parts.every(Boolean) ? parts.flatMap((part) => part ?? []) : undefined;
  }
  return undefined;
}

function choices(values: string[]): ChoiceOption[] {
  const labels = findEnumLabels(values);
  return values.map((value) => ({ value, label: labels?.[value] ?? humanise(value) }));
}

function listLimits(def: ZodDef): ListLimits {
  const limits: ListLimits = {};
  for (const check of checksOf(def)) {
    if (check.check === 'min_length' && check.minimum !== undefined)
      limits.minItems = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined)
      limits.maxItems = check.maximum;
  }
  return limits;
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|us|is)$/.test(word) || !/s$/.test(word)) return word;
  return word.replace(/s$/, '');
}

const loose = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * What one entry of a list is called in its legend ("Finding 2"): the entry's own title for
 * plain values ("Activity"), else the list's name made singular ("findings" → "Finding"),
 * preferring the entry's title when the two say the same thing ("Sub-theme").
 */
function nounForEntries(key: string, item: FieldSpec, isEvidence: boolean): string {
  // Each entry of an evidence list cites one source ("Add another source", not "evidence").
  if (isEvidence) return 'Source';
  const fromKey = singular(humanise(key));
  if (item.kind !== 'object') return item.title || fromKey || 'Item';
  if (!key) return item.title || 'Item';
  return loose(item.title) === loose(fromKey) ? item.title : fromKey;
}

/** Reads one schema into a field spec. `key` is the property name, or '' for list entries. */
export function describeSchema(schema: z.ZodType, key = ''): FieldSpec {
  const { def, meta, optional, defaultValue } = unwrap(schema);
  const reference = typeof meta[META_REFERENCE] === 'string' ? meta[META_REFERENCE] : undefined;
  // zod passes metadata down from the schema a reference is made from: the id's own description
  // ("Stable identifier used by references…") says nothing about what to choose.
  if (reference && meta.description === identifierDescription) delete meta.description;
  const base: FieldBase = {
    key,
    title: typeof meta.title === 'string' ? meta.title : humanise(key) || 'Value',
    optional,
    ...(typeof meta.description === 'string' ? { description: meta.description } : {}),
    ...(defaultValue === undefined ? {} : { defaultValue }),
  };
  const options = stringOptions(def);

  if (options) return { ...base, kind: 'enum', options: choices(options) };
  switch (def.type) {
    case 'string': {
      if (reference) return { ...base, kind: 'reference', collection: reference };
      const max = checksOf(def).find((check) => check.check === 'max_length')?.maximum;
      const limit = max === undefined ? {} : { maxLength: max };
      if (meta.contentMediaType === MARKDOWN_MEDIA_TYPE)
        return { ...base, kind: 'markdown', ...limit };
      return { ...base, kind: 'text', identifier: meta[META_IDENTIFIER] === true, ...limit };
    }
    case 'number': {
      const spec: FieldSpec = { ...base, kind: 'number', integer: false };
      for (const check of checksOf(def)) {
        if (check.check === 'number_format' && /int/.test(check.format ?? '')) spec.integer = true;
        if (check.check === 'greater_than' && check.value !== undefined)
          spec.min = check.inclusive ? check.value : check.value + (spec.integer ? 1 : 0);
        if (check.check === 'less_than' && check.value !== undefined)
          spec.max = check.inclusive ? check.value : check.value - (spec.integer ? 1 : 0);
      }
      return spec;
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([name, child]) =>
        describeSchema(child, name),
      );
      return { ...base, kind: 'object', fields };
    }
    case 'array': {
      if (!def.element) return { ...base, kind: 'json' };
      const item = describeSchema(def.element);
      const limits = listLimits(def);
      if (item.kind === 'enum')
        return { ...base, kind: 'enum-list', options: item.options, ...limits };
      if (item.kind === 'reference')
        return { ...base, kind: 'reference-list', collection: item.collection, ...limits };
      return {
        ...base,
        kind: 'list',
        item,
        itemNoun: nounForEntries(key, item, meta[META_EVIDENCE] === true),
        evidence: meta[META_EVIDENCE] === true,
        ...limits,
      };
    }
    case 'union': {
      // A union of plain values ("text or a number") is edited as text; anything richer as JSON.
      const kinds = (def.options ?? []).map((option) => unwrap(option).def.type);
      if (kinds.every((kind) => kind === 'string' || kind === 'number'))
        return { ...base, kind: 'text', identifier: false };
      return { ...base, kind: 'json' };
    }
    default:
      return { ...base, kind: 'json' };
  }
}

const specCache = new WeakMap<z.ZodType, ObjectSpec>();

/** The spec of a content type's item schema, built once per schema. */
export function describeItemSchema(schema: z.ZodType): ObjectSpec {
  const cached = specCache.get(schema);
  if (cached) return cached;
  const spec = describeSchema(schema);
  if (spec.kind !== 'object') throw new Error('An item schema must be an object schema');
  specCache.set(schema, spec);
  return spec;
}

/** The spec of the field at a path, or undefined where the form has no such field. */
export function specAtPath(
  root: FieldSpec,
  path: readonly (string | number)[],
): FieldSpec | undefined {
  let current: FieldSpec | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    if (current.kind === 'object') current = current.fields.find((f) => f.key === segment);
    else if (current.kind === 'list' && typeof segment === 'number') current = current.item;
    else if (
      (current.kind === 'enum-list' || current.kind === 'reference-list') &&
      typeof segment === 'number'
    )
      return current;
    else return undefined;
  }
  return current;
}

/** "Finding 1 › Evidence": where in an item a path points, in the form's own words. */
export function describeLocation(
  root: FieldSpec,
  path: readonly (string | number)[],
  separator = ' › ',
): string {
  const words: string[] = [];
  let spec: FieldSpec | undefined = root;
  for (const segment of path) {
    if (!spec) break;
    if (spec.kind === 'object') {
      spec = spec.fields.find((field) => field.key === segment);
      if (spec) words.push(spec.title);
    } else if (spec.kind === 'list' && typeof segment === 'number') {
      const noun = spec.itemNoun;
      spec = spec.item;
      // "What the research found › Finding 1" says the same thing twice; keep the entry.
      words.pop();
      words.push(`${noun} ${segment + 1}`);
    } else {
      break;
    }
  }
  return words.join(separator);
}
