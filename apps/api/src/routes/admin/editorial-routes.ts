import {
  AdminItemSchema,
  AdminListQuerySchema,
  AdminListSchema,
  AppError,
  ItemOptionsSchema,
  pageInfo,
  SaveItemRequestSchema,
} from '@peer-toolkit/core';
import { defineRoute, type RouteSpec } from '../../http/route.js';
import type { ItemListQuery } from '../../store/editorial-store.js';
import {
  changeContext,
  collectionOf,
  expectedRevision,
  ItemParamsSchema,
  parseContent,
  TypeParamsSchema,
} from './editorial-context.js';
import { checkNothingLinksTo, checkPublishedContent } from './integrity-checks.js';
import type { AdminServices } from './services.js';

const TAG = ['Admin: content'];
const itemResponse = (status: number, description: string) => ({
  status,
  description,
  schema: AdminItemSchema,
});
const etagOf = (item: { etag: string }) => ({ ETag: item.etag });

export function editorialRoutes(services: AdminServices): RouteSpec[] {
  const { editorial } = services.stores;
  const now = () => new Date(services.clock()).toISOString();

  async function requireItem(type: string, id: string) {
    const collection = collectionOf(type);
    const item = await editorial.getItem({ collection, id });
    if (!item)
      throw new AppError('NOT_FOUND', `${type}/${id}`, {
        safeMessage: `There is no item "${id}" here.`,
      });
    return { collection, item };
  }

  return [
    defineRoute({
      method: 'get',
      path: '/admin/content/:type',
      operationId: 'listItemsForEditing',
      summary: 'List the items of a content type with their editing status',
      tags: TAG,
      access: 'editor',
      params: TypeParamsSchema,
      query: AdminListQuerySchema,
      cache: 'none',
      responses: [{ status: 200, description: 'A page of items', schema: AdminListSchema }],
      handle: async ({ params, query }) => {
        const descending = query.sort.startsWith('-');
        const page = await editorial.queryItems(collectionOf(params.type), {
          words: (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean),
          statuses: query.status,
          deleted: query.deleted,
          sortBy: (descending ? query.sort.slice(1) : query.sort) as ItemListQuery['sortBy'],
          descending,
          page: query.page,
          pageSize: query.pageSize,
        });
        return { body: { ...pageInfo(query, page.total), items: page.items } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/admin/content-options/:type',
      operationId: 'listItemOptions',
      summary: 'Every live item of a content type, for reference pickers',
      description:
        'Ids, titles and whether each is published, sorted by title, in one answer: deleted items are left out.',
      tags: TAG,
      access: 'editor',
      params: TypeParamsSchema,
      cache: 'none',
      responses: [{ status: 200, description: 'The items', schema: ItemOptionsSchema }],
      handle: async ({ params }) => ({
        body: { items: await editorial.listItemOptions(collectionOf(params.type)) },
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/content/:type',
      operationId: 'createItem',
      summary: 'Create an item as a draft',
      description: 'The content is checked against the type’s schema. Its id must not be in use.',
      tags: TAG,
      access: 'editor',
      params: TypeParamsSchema,
      body: SaveItemRequestSchema,
      errors: [{ status: 409, description: 'The id is in use' }],
      cache: 'none',
      responses: [itemResponse(201, 'The new item')],
      handle: async ({ params, body, auth, client }) => {
        const collection = collectionOf(params.type);
        const content = parseContent(collection, body.content);
        const item = await editorial.createItem(
          { collection, id: content.id, content },
          changeContext(auth, client, now()),
        );
        return { status: 201, body: item, headers: etagOf(item) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/admin/content/:type/:id',
      operationId: 'getItemForEditing',
      summary: 'Get an item’s newest version and its status, with its ETag',
      tags: TAG,
      access: 'editor',
      params: ItemParamsSchema,
      cache: 'none',
      responses: [itemResponse(200, 'The item')],
      handle: async ({ params }) => {
        const { item } = await requireItem(params.type, params.id);
        return { body: item, headers: etagOf(item) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/admin/content/:type/:id',
      operationId: 'saveDraft',
      summary: 'Save a new version as the draft',
      description:
        'Send the ETag of the version you edited in If-Match. If someone saved a newer one since, the answer is 412 with the current version in `current`, to compare and merge; nothing is overwritten.',
      tags: TAG,
      access: 'editor',
      params: ItemParamsSchema,
      body: SaveItemRequestSchema,
      errors: [{ status: 409, description: 'The item is deleted' }],
      ifMatch: true,
      cache: 'none',
      responses: [itemResponse(200, 'The item with its new draft')],
      handle: async ({ params, body, auth, client, req }) => {
        const expected = expectedRevision(req);
        const collection = collectionOf(params.type);
        const content = parseContent(collection, body.content);
        if (content.id !== params.id) {
          throw new AppError('VALIDATION_FAILED', 'id changed', {
            safeMessage: 'An item’s id cannot change.',
            issues: [
              {
                path: ['body', 'content', 'id'],
                message: `Keep the id "${params.id}"`,
                rule: 'id-immutable',
              },
            ],
          });
        }
        const item = await editorial.saveDraft(
          { collection, id: params.id, content, expected },
          changeContext(auth, client, now()),
        );
        return { body: item, headers: etagOf(item) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/content/:type/:id/submit',
      operationId: 'submitForReview',
      summary: 'Submit the draft for review by a publisher',
      tags: TAG,
      access: 'editor',
      params: ItemParamsSchema,
      errors: [{ status: 409, description: 'There is nothing to submit, or the item is deleted' }],
      ifMatch: true,
      cache: 'none',
      responses: [itemResponse(200, 'The item, in review')],
      handle: async ({ params, auth, client, req }) => {
        const expected = expectedRevision(req);
        const item = await editorial.submitForReview(
          { collection: collectionOf(params.type), id: params.id, expected },
          changeContext(auth, client, now()),
        );
        return { body: item, headers: etagOf(item) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/content/:type/:id/publish',
      operationId: 'publishItem',
      summary: 'Publish the draft named in If-Match',
      description:
        'Runs every integrity rule on the published content as it would be afterwards; any problem (a broken reference, a claim without evidence) refuses the publish with the full list. The public sees the change at once.',
      tags: TAG,
      access: 'publisher',
      params: ItemParamsSchema,
      errors: [{ status: 409, description: 'Nothing to publish, or the item is deleted' }],
      ifMatch: true,
      cache: 'none',
      responses: [itemResponse(200, 'The item, published')],
      handle: async ({ params, auth, client, req }) => {
        const expected = expectedRevision(req);
        const collection = collectionOf(params.type);
        const context = changeContext(auth, client, now());
        try {
          const item = await editorial.publish(
            { collection, id: params.id, expected, check: checkPublishedContent },
            context,
          );
          return { body: item, headers: etagOf(item) };
        } catch (error) {
          // The refused publish changed nothing, so it is recorded on its own, after the rollback.
          if (error instanceof AppError && error.code === 'INTEGRITY_FAILED') {
            await services.stores.audit.append({
              ...context.audit,
              at: context.now,
              action: 'content.publish-refused',
              targetType: collection,
              targetId: params.id,
              details: { problems: error.issues?.length ?? 0 },
            });
          }
          throw error;
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/content/:type/:id/unpublish',
      operationId: 'unpublishItem',
      summary: 'Take an item out of public view, keeping it as a draft',
      description: 'Refused while other published items link to it.',
      tags: TAG,
      access: 'publisher',
      params: ItemParamsSchema,
      errors: [{ status: 409, description: 'Not published' }],
      cache: 'none',
      responses: [itemResponse(200, 'The item, unpublished')],
      handle: async ({ params, auth, client }) => {
        const item = await editorial.unpublish(
          { collection: collectionOf(params.type), id: params.id, check: checkPublishedContent },
          changeContext(auth, client, now()),
        );
        return { body: item, headers: etagOf(item) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/admin/content/:type/:id',
      operationId: 'deleteItem',
      summary: 'Delete an item (a publisher can undo this)',
      description:
        'Refused while any other item links to it. A published item is taken out of public view.',
      tags: TAG,
      access: 'publisher',
      params: ItemParamsSchema,
      errors: [{ status: 409, description: 'Already deleted' }],
      cache: 'none',
      responses: [itemResponse(200, 'The item, deleted')],
      handle: async ({ params, auth, client }) => {
        const collection = collectionOf(params.type);
        const item = await editorial.deleteItem(
          { collection, id: params.id, check: checkNothingLinksTo({ collection, id: params.id }) },
          changeContext(auth, client, now()),
        );
        return { body: item, headers: etagOf(item) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/content/:type/:id/undelete',
      operationId: 'undeleteItem',
      summary: 'Restore a deleted item, as a draft',
      tags: TAG,
      access: 'publisher',
      params: ItemParamsSchema,
      errors: [{ status: 409, description: 'Not deleted' }],
      cache: 'none',
      responses: [itemResponse(200, 'The item, restored')],
      handle: async ({ params, auth, client }) => {
        const item = await editorial.undeleteItem(
          { collection: collectionOf(params.type), id: params.id },
          changeContext(auth, client, now()),
        );
        return { body: item, headers: etagOf(item) };
      },
    }),
  ];
}
