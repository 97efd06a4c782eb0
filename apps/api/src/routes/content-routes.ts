import {
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
  findRelated,
  IdSchema,
  listQuerySchema,
  pageInfo,
  pageOf,
  RelatedContentSchema,
} from '@peer-toolkit/core';
import { z } from 'zod';
import { defineRoute, type RouteSpec } from '../http/route.js';
import type { ContentStore } from '../store/content-store.js';
import { notFound } from './error-responses.js';
import { loadPublishedBundle } from './load-published-bundle.js';

const ItemParamsSchema = z.strictObject({
  idOrSlug: z.string().max(80, 'Ids and web address names are 80 characters or fewer').meta({
    description: 'The item’s id or its web address name (slug).',
  }),
});

function camel(path: string): string {
  return path.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** List, get and related routes for one content type, all driven by its registry entry. */
function routesFor(key: ContentTypeKey, store: ContentStore): RouteSpec[] {
  const type = contentTypes[key];
  const name = camel(type.path);
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  const query = listQuerySchema(key);
  const filterNames = type.filterFields;

  const list = defineRoute({
    method: 'get',
    path: `/${type.path}`,
    operationId: `list${Name}`,
    summary: `List published ${type.label.plural.toLowerCase()}`,
    description: `${type.description}${filterNames.length ? ` Filter by ${filterNames.join(', ')}.` : ''}`,
    tags: [type.label.plural],
    query,
    cache: 'published',
    responses: [
      {
        status: 200,
        description: `A page of ${type.label.plural.toLowerCase()}`,
        schema: pageOf(type.schema),
      },
    ],
    handle: async ({ query: parsed }) => {
      const { page, pageSize, ...rest } = parsed as { page: number; pageSize: number } & Record<
        string,
        string[]
      >;
      const filters = Object.fromEntries(
        Object.entries(rest).filter(([, values]) => values !== undefined),
      );
      const { items, total } = await store.listPublished(key, { filters, page, pageSize });
      return { body: { ...pageInfo({ page, pageSize }, total), items } };
    },
  });

  const get = defineRoute({
    method: 'get',
    path: `/${type.path}/:idOrSlug`,
    operationId: `get${Name}Item`,
    summary: `Get one published ${type.label.singular.toLowerCase()} by id or web address name`,
    tags: [type.label.plural],
    params: ItemParamsSchema,
    cache: 'published',
    responses: [
      { status: 200, description: `The ${type.label.singular.toLowerCase()}`, schema: type.schema },
    ],
    handle: async ({ params }) => {
      const item = await store.findPublished(key, params.idOrSlug);
      if (item === undefined) throw notFound(key, params.idOrSlug);
      return { body: item };
    },
  });

  const related = defineRoute({
    method: 'get',
    path: `/${type.path}/:idOrSlug/related`,
    operationId: `get${Name}ItemRelated`,
    summary: `Get a published ${type.label.singular.toLowerCase()} with everything it links to and everything linking to it`,
    description:
      'Resolves the item’s links both ways and lists the publications it cites. For a toolkit topic this includes its risk areas, roles, organisational conditions and self-assessment questions.',
    tags: [type.label.plural],
    params: ItemParamsSchema,
    cache: 'published',
    responses: [
      {
        status: 200,
        description: 'The item and its related content',
        schema: RelatedContentSchema.extend({ item: type.schema }),
      },
    ],
    handle: async ({ params }) => {
      const item = (await store.findPublished(key, params.idOrSlug)) as { id: string } | undefined;
      if (item === undefined) throw notFound(key, params.idOrSlug);
      const bundle = await loadPublishedBundle(store);
      return { body: { item, ...findRelated(bundle, key, IdSchema.parse(item.id)) } };
    },
  });

  return [list, get, related];
}

export function contentRoutes(store: ContentStore): RouteSpec[] {
  return contentTypeKeys.flatMap((key) => routesFor(key, store));
}
