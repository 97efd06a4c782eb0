import { z } from 'zod';
import type { ContentTypeKey } from '../bundle/content-registry.js';
import { describeFilters } from './content-type-info.js';
import { PageQuerySchema } from './pagination.js';

/** Carries a filter's allowed values into JSON Schema, where the parsing pipe hides them. */
export const META_FILTER_VALUES = 'x-filter-values';

/**
 * The query string of a list endpoint: paging plus one parameter per filter field. A filter takes
 * one value, a comma-separated list, or the parameter repeated; an item matches any of the values.
 * Unknown parameters are refused, so a mistyped filter is not silently ignored.
 */
export function listQuerySchema(key: ContentTypeKey) {
  const filters = Object.fromEntries(
    describeFilters(key).map((filter) => {
      const value = z.enum(filter.values as [string, ...string[]], {
        error: `Choose from: ${filter.values.join(', ')}`,
      });
      const schema = z
        .union([z.string(), z.array(z.string())])
        .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((part) => part.split(',')))
        .pipe(z.array(value).min(1))
        .optional()
        .meta({
          description: `${filter.title}: one or more of ${filter.values.join(', ')}`,
          [META_FILTER_VALUES]: filter.values,
        });
      return [filter.field, schema];
    }),
  );
  return PageQuerySchema.extend(filters).strict();
}

export type ListQueryInput = z.input<ReturnType<typeof listQuerySchema>>;
