import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

export const PageQuerySchema = z.object({
  page: z.coerce
    .number('Enter the page as a whole number')
    .int('Enter the page as a whole number')
    .min(1, 'Pages start at 1')
    .max(100_000, 'That page is too far')
    .default(1)
    .meta({ description: 'Page number, from 1.' }),
  pageSize: z.coerce
    .number('Enter the page size as a whole number')
    .int('Enter the page size as a whole number')
    .min(1, 'Ask for at least 1 item per page')
    .max(MAX_PAGE_SIZE, `Ask for at most ${MAX_PAGE_SIZE} items per page`)
    .default(20)
    .meta({ description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` }),
});

export type PageQuery = z.infer<typeof PageQuerySchema>;

export const PageInfoSchema = z.object({
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().min(0).meta({ description: 'Items matching, across all pages.' }),
  totalPages: z.number().int().min(0),
});

/** A page of items of one schema. */
export function pageOf<T extends z.ZodType>(item: T) {
  return PageInfoSchema.extend({ items: z.array(item) });
}

export function pageInfo(query: PageQuery, total: number) {
  return {
    page: query.page,
    pageSize: query.pageSize,
    total,
    totalPages: Math.ceil(total / query.pageSize),
  };
}
