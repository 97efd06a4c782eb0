import {
  buildChangeModel,
  ChangeModelGraphSchema,
  ContentBundleSchema,
  ContentTypeInfoSchema,
  describeContentTypes,
} from '@peer-toolkit/core';
import { z } from 'zod';
import { defineRoute, type RouteSpec } from '../http/route.js';
import type { ContentStore } from '../store/content-store.js';
import { loadPublishedBundle } from './load-published-bundle.js';

/** Whole-collection documents: the content types, the change model graph and the open-data bundle. */
export function catalogueRoutes(store: ContentStore): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/content-types',
      operationId: 'listContentTypes',
      summary: 'List the content types, their paths and their filters',
      tags: ['Catalogue'],
      cache: 'published',
      responses: [
        {
          status: 200,
          description: 'Every content type',
          schema: z.object({ items: z.array(ContentTypeInfoSchema) }),
        },
      ],
      handle: async () => ({ body: { items: describeContentTypes() } }),
    }),
    defineRoute({
      method: 'get',
      path: '/change-model',
      operationId: 'getChangeModel',
      summary: 'Get the change model as one graph',
      description:
        'Organisational conditions, change mechanisms and outcomes, with the links between them: conditions enable or constrain mechanisms, mechanisms lead to outcomes, process outcomes lead to downstream ones.',
      tags: ['Catalogue'],
      cache: 'published',
      responses: [{ status: 200, description: 'The change model', schema: ChangeModelGraphSchema }],
      handle: async () => {
        const [conditions, mechanisms, outcomes] = await Promise.all([
          store.allPublished('conditions'),
          store.allPublished('mechanisms'),
          store.allPublished('outcomes'),
        ]);
        return {
          body: buildChangeModel({ conditions, mechanisms, outcomes } as Parameters<
            typeof buildChangeModel
          >[0]),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bundle',
      operationId: 'getPublishedBundle',
      summary: 'Download all published content as one document (open data)',
      description: 'Valid against the content bundle schema; free to reuse.',
      tags: ['Catalogue'],
      cache: 'published',
      responses: [
        { status: 200, description: 'The published content bundle', schema: ContentBundleSchema },
      ],
      handle: async () => ({ body: await loadPublishedBundle(store) }),
    }),
  ];
}
