import { z } from 'zod';
import { type ContentTypeKey, contentTypeKeys, contentTypes } from '../bundle/content-registry.js';

export const FilterInfoSchema = z.object({
  field: z.string(),
  title: z.string(),
  values: z.array(z.string()),
  isList: z.boolean().meta({ description: 'True when an item can have several values.' }),
});

export const ContentTypeInfoSchema = z.object({
  key: z.string(),
  path: z.string(),
  label: z.object({ singular: z.string(), plural: z.string() }),
  description: z.string(),
  hasPages: z
    .boolean()
    .meta({ description: 'True when items have a slug and a page of their own.' }),
  filters: z.array(FilterInfoSchema),
});

export type FilterInfo = z.infer<typeof FilterInfoSchema>;
export type ContentTypeInfo = z.infer<typeof ContentTypeInfoSchema>;

interface DefLike {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}

function unwrap(schema: z.ZodType): { def: DefLike; isList: boolean; schema: z.ZodType } {
  let current = schema;
  let isList = false;
  for (;;) {
    const def = (current as unknown as { _zod: { def: DefLike } })._zod.def;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'array' && def.element) {
      isList = true;
      current = def.element;
    } else return { def, isList, schema: current };
  }
}

/** The filters of a content type with their allowed values, read from its schema. */
export function describeFilters(key: ContentTypeKey): FilterInfo[] {
  const type = contentTypes[key];
  const shape = type.schema.shape as Record<string, z.ZodType>;
  return type.filterFields.map((field) => {
    const fieldSchema = shape[field] as z.ZodType;
    const { def, isList } = unwrap(fieldSchema);
    const meta = z.globalRegistry.get(fieldSchema) as { title?: string } | undefined;
    return { field, title: meta?.title ?? field, values: Object.values(def.entries ?? {}), isList };
  });
}

/** What a client needs to know about every content type: names, paths and filters. */
export function describeContentTypes(): ContentTypeInfo[] {
  return contentTypeKeys.map((key) => {
    const type = contentTypes[key];
    return {
      key,
      path: type.path,
      label: type.label,
      description: type.description,
      hasPages: type.slugField !== undefined,
      filters: describeFilters(key),
    };
  });
}
