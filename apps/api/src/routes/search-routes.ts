import {
  AppError,
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
  findContentTypeByPath,
  pageInfo,
  SearchQuerySchema,
  SearchResponseSchema,
  searchWords,
} from '@peer-toolkit/core';
import { defineRoute, type RouteSpec } from '../http/route.js';
import type { ContentStore } from '../store/content-store.js';

function parseTypes(type: string | string[] | undefined): ContentTypeKey[] {
  if (type === undefined) return [];
  const paths = (Array.isArray(type) ? type : [type])
    .flatMap((part) => part.split(','))
    .filter(Boolean);
  return paths.map((path, index) => {
    const key = findContentTypeByPath(path);
    if (key) return key;
    throw new AppError('VALIDATION_FAILED', `Unknown content type ${path}`, {
      safeMessage: 'Choose content types to search from the list of content types.',
      issues: [
        {
          path: ['query', 'type', index],
          message: `There is no content type "${path}". Choose from: ${contentTypeKeys.map((k) => contentTypes[k].path).join(', ')}`,
          rule: 'unknown-content-type',
        },
      ],
    });
  });
}

export function searchRoutes(store: ContentStore): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/search',
      operationId: 'searchContent',
      summary: 'Search all published content',
      description:
        'Full-text search, ranked with title matches first, with a highlighted passage from each match. Every word must appear; the last word may be the start of a word, so results can follow typing.',
      tags: ['Search'],
      query: SearchQuerySchema,
      cache: 'published',
      responses: [
        { status: 200, description: 'Matching items, best first', schema: SearchResponseSchema },
      ],
      handle: async ({ query }) => {
        const collections = parseTypes(query.type);
        const words = searchWords(query.q);
        const { hits, total, totalsByCollection } = await store.search({
          words,
          collections,
          page: query.page,
          pageSize: query.pageSize,
        });
        const totalsByType = Object.fromEntries(
          Object.entries(totalsByCollection).map(([key, count]) => [
            contentTypes[key as ContentTypeKey].path,
            count,
          ]),
        );
        return {
          body: {
            query: query.q,
            words,
            ...pageInfo(query, total),
            totalsByType,
            hits: hits.map(({ rank: _rank, ...hit }) => ({
              ...hit,
              type: contentTypes[hit.collection].path,
            })),
          },
        };
      },
    }),
  ];
}
