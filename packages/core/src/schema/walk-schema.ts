import { z } from 'zod';
import {
  MARKDOWN_MEDIA_TYPE,
  META_EVIDENCE,
  META_IDENTIFIER,
  META_REFERENCE,
} from './meta-keys.js';
import { defOf } from './zod-def.js';

export type Path = (string | number)[];

export interface SchemaNode {
  schema: z.ZodType;
  value: unknown;
  path: Path;
  meta: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Visits every value in `value` together with the schema that describes it, so rules can act on
 * what the schema says about a field (a reference, an evidence list, Markdown) without each
 * content type listing its fields again. Values that do not fit the schema are skipped: parse
 * first when that matters.
 */
export function walkSchema(
  schema: z.ZodType,
  value: unknown,
  visit: (node: SchemaNode) => void,
  path: Path = [],
): void {
  if (value === undefined) return;
  const meta = (z.globalRegistry.get(schema) ?? {}) as Record<string, unknown>;
  visit({ schema, value, path, meta });
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      if (isRecord(value) && def.shape) {
        for (const [key, child] of Object.entries(def.shape)) {
          walkSchema(child, value[key], visit, [...path, key]);
        }
      }
      return;
    case 'array':
      if (Array.isArray(value) && def.element) {
        for (const [index, item] of value.entries())
          walkSchema(def.element, item, visit, [...path, index]);
      }
      return;
    case 'record':
      if (isRecord(value) && def.valueType) {
        const valueType = def.valueType;
        for (const [key, item] of Object.entries(value))
          walkSchema(valueType, item, visit, [...path, key]);
      }
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      if (def.innerType) walkSchema(def.innerType, value, visit, path);
      return;
    case 'pipe':
      if (def.in) walkSchema(def.in, value, visit, path);
      return;
    default:
      return;
  }
}

// Wrappers repeat their inner schema's metadata; report each field once, at its outermost schema.
function visitOncePerPath(
  schema: z.ZodType,
  value: unknown,
  pick: (node: SchemaNode) => boolean,
  found: SchemaNode[],
): SchemaNode[] {
  const seen = new Set<string>();
  walkSchema(schema, value, (node) => {
    const key = JSON.stringify(node.path);
    if (!seen.has(key) && pick(node)) {
      seen.add(key);
      found.push(node);
    }
  });
  return found;
}

export interface FoundReference {
  path: Path;
  collection: string;
  id: string;
}

/** Every reference to another item held in `value`. */
export function collectReferences(schema: z.ZodType, value: unknown): FoundReference[] {
  return visitOncePerPath(
    schema,
    value,
    (node) => typeof node.meta[META_REFERENCE] === 'string' && typeof node.value === 'string',
    [],
  ).map((node) => ({
    path: node.path,
    collection: node.meta[META_REFERENCE] as string,
    id: node.value as string,
  }));
}

/** Every evidence list in `value`, with its path. */
export function collectEvidenceLists(
  schema: z.ZodType,
  value: unknown,
): { path: Path; list: unknown[] }[] {
  return visitOncePerPath(
    schema,
    value,
    (node) => node.meta[META_EVIDENCE] === true && Array.isArray(node.value),
    [],
  ).map((node) => ({ path: node.path, list: node.value as unknown[] }));
}

export interface FoundText {
  path: Path;
  text: string;
  isMarkdown: boolean;
}

/** Every human-readable string in `value`: plain text, Markdown, list entries. */
export function collectText(schema: z.ZodType, value: unknown): FoundText[] {
  return visitOncePerPath(
    schema,
    value,
    (node) =>
      typeof node.value === 'string' &&
      defOf(node.schema).type === 'string' &&
      node.meta[META_IDENTIFIER] !== true,
    [],
  ).map((node) => ({
    path: node.path,
    text: node.value as string,
    isMarkdown: node.meta.contentMediaType === MARKDOWN_MEDIA_TYPE,
  }));
}
