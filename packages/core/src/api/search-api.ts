import { z } from 'zod';
import { PageInfoSchema, PageQuerySchema } from './pagination.js';

export const MAX_SEARCH_WORDS = 12;

/** Splits what a person typed into words: letters and digits in any script, nothing else. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => word.length <= 60)
    .slice(0, MAX_SEARCH_WORDS);
}

export const SearchQuerySchema = PageQuerySchema.extend({
  q: z
    .string('Enter words to search for')
    .trim()
    .min(1, 'Enter words to search for')
    .max(200, 'Search for 200 characters or fewer')
    .refine((q) => searchWords(q).length > 0, 'Enter words to search for, using letters or numbers')
    .meta({
      description:
        'What to search for. Every word must match; the last may be the start of a word.',
    }),
  type: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .meta({
      description:
        'Content type paths to search in, like "topics" or "topics,roles". All when left out.',
    }),
}).strict();

export const SearchHitSchema = z.object({
  collection: z.string(),
  type: z.string().meta({ description: 'The content type’s path, like "risk-areas".' }),
  id: z.string(),
  slug: z.string().nullable(),
  title: z.string(),
  snippet: z.array(z.object({ text: z.string(), highlight: z.boolean() })).meta({
    description:
      'The best-matching passage, in parts; parts with highlight true matched the search.',
  }),
});

export const SearchResponseSchema = PageInfoSchema.extend({
  query: z.string(),
  words: z.array(z.string()),
  hits: z.array(SearchHitSchema),
  totalsByType: z.record(z.string(), z.number().int().min(0)).meta({
    description: 'Matches per content type path, across all pages.',
  }),
}).meta({ title: 'Search results' });

export type SearchQuery = z.infer<typeof SearchQuerySchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
