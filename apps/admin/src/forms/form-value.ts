import type { FieldSpec, ObjectSpec } from './schema-spec.js';

export type FieldPath = readonly (string | number)[];
export type FormValue = Record<string, unknown>;

/** The id of a field's control, from its path: ['findings', 0, 'text'] → "field-findings-0-text". */
export function fieldId(path: FieldPath): string {
  return ['field', ...path].join('-');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getIn(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/** A copy of `value` with `next` at `path`; undefined removes an object's key. */
export function setIn(value: unknown, path: FieldPath, next: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[head] = setIn(list[head], rest, next);
    return list;
  }
  const record = isRecord(value) ? { ...value } : {};
  const child = setIn(record[head], rest, next);
  if (child === undefined) delete record[head];
  else record[head] = child;
  return record;
}

/** The value a new item starts with: defaults where the schema gives them, else empty. */
export function emptyValue(spec: FieldSpec): unknown {
  if (spec.defaultValue !== undefined) return structuredClone(spec.defaultValue);
  if (spec.optional) return undefined;
  switch (spec.kind) {
    case 'text':
    case 'markdown':
      return '';
    case 'boolean':
      return false;
    case 'enum-list':
    case 'reference-list':
    case 'list':
      return [];
    case 'object':
      return emptyObject(spec);
    default:
      return undefined;
  }
}

export function emptyObject(spec: ObjectSpec): FormValue {
  const value: FormValue = {};
  for (const field of spec.fields) {
    const initial = emptyValue(field);
    if (initial !== undefined) value[field.key] = initial;
  }
  return value;
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isBlank);
  return false;
}

/**
 * The form's value as the API expects it: optional fields left empty are left out rather than
 * sent as "", so an empty optional box never fails a minimum length. Required fields stay as
 * typed, so the schema can say what is missing.
 */
export function prepareForSave(spec: FieldSpec, value: unknown): unknown {
  if (spec.optional && spec.defaultValue === undefined && isBlank(value)) return undefined;
  if (spec.kind === 'object' && isRecord(value)) {
    const result: FormValue = { ...value };
    for (const field of spec.fields) {
      const prepared = prepareForSave(field, value[field.key]);
      if (prepared === undefined) delete result[field.key];
      else result[field.key] = prepared;
    }
    return result;
  }
  if (spec.kind === 'list' && Array.isArray(value)) {
    return value.map((entry) => prepareForSave(spec.item, entry));
  }
  return value;
}
