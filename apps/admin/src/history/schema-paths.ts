import { defOf, MARKDOWN_MEDIA_TYPE } from '@peer-toolkit/core';
import type { z } from 'zod';
import { unwrap } from '../forms/schema-spec.js';

export type FieldPath = readonly (string | number)[];

export interface FieldInfo {
  /** The schema under its optional/default/pipe wrappers. */
  schema: z.ZodType;
  type: string;
  /** Metadata of the wrappers and the inner schema; the outermost value of a key wins. */
  meta: Record<string, unknown>;
}

/** What a schema says about a field, looking through the wrappers that carry no meaning of their own. */
export function describeField(schema: z.ZodType): FieldInfo {
  const { schema: inner, def, meta } = unwrap(schema);
  return { schema: inner, type: def.type, meta };
}

/** The schema of one step into a value: an object's field, a list's entry, a record's value. */
export function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  const { schema: inner, type } = describeField(schema);
  const def = defOf(inner);
  if (type === 'object') return def.shape?.[String(segment)];
  if (type === 'array') return def.element;
  if (type === 'record') return def.valueType;
  return undefined;
}

/** The schema at a path, or undefined where the schema does not describe it. */
export function schemaAtPath(schema: z.ZodType, path: FieldPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

/** "relatedTopicIds" → "Related topic ids", for fields the schema gives no title. */
function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The field path in the words editors see on the form: titles from the schema metadata, list
 * entries counted from 1. `['findings', 1, 'text']` → `['What the research found', '2', 'Text']`.
 */
export function fieldPathTitles(schema: z.ZodType, path: FieldPath): string[] {
  const titles: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    const child: z.ZodType | undefined = current ? childSchema(current, segment) : undefined;
    if (typeof segment === 'number') titles.push(String(segment + 1));
    else {
      const title = child ? describeField(child).meta.title : undefined;
      titles.push(typeof title === 'string' ? title : humanise(segment));
    }
    current = child;
  }
  return titles;
}

/** The path as one readable label: "What the research found › 2 › Text". */
export function fieldPathLabel(schema: z.ZodType, path: FieldPath): string {
  return path.length === 0 ? 'Whole item' : fieldPathTitles(schema, path).join(' › ');
}

/** True for fields that hold words an editor types: plain text and Markdown. */
export function isTextField(schema: z.ZodType | undefined): boolean {
  return schema !== undefined && describeField(schema).type === 'string';
}

export function isMarkdownField(schema: z.ZodType | undefined): boolean {
  return (
    schema !== undefined && describeField(schema).meta.contentMediaType === MARKDOWN_MEDIA_TYPE
  );
}

/** The fields of an object schema in the order the schema lists them. */
export function objectFields(schema: z.ZodType): [string, z.ZodType][] {
  const { schema: inner, type } = describeField(schema);
  return type === 'object' ? Object.entries(defOf(inner).shape ?? {}) : [];
}
