import {
  AdminItemSchema,
  AppError,
  DiffQuerySchema,
  DiffSchema,
  diffItems,
  RevisionListSchema,
  RevisionSchema,
} from '@peer-toolkit/core';
import { defineRoute, type RouteSpec } from '../../http/route.js';
import {
  changeContext,
  collectionOf,
  expectedRevision,
  ItemParamsSchema,
  parseContent,
  RevisionParamsSchema,
} from './editorial-context.js';
import type { AdminServices } from './services.js';

const TAG = ['Admin: history'];

export function historyRoutes(services: AdminServices): RouteSpec[] {
  const { editorial } = services.stores;
  const now = () => new Date(services.clock()).toISOString();

  async function revision(type: string, id: string, number: number) {
    const found = await editorial.getRevision({ collection: collectionOf(type), id, number });
    if (!found) {
      throw new AppError('NOT_FOUND', `${type}/${id}#${number}`, {
        safeMessage: `This item has no revision ${number}.`,
      });
    }
    return found;
  }

  return [
    defineRoute({
      method: 'get',
      path: '/admin/content/:type/:id/revisions',
      operationId: 'listRevisions',
      summary: 'List every saved version of an item, newest first',
      tags: TAG,
      access: 'editor',
      params: ItemParamsSchema,
      cache: 'none',
      responses: [{ status: 200, description: 'The revisions', schema: RevisionListSchema }],
      handle: async ({ params }) => {
        const revisions = await editorial.listRevisions({
          collection: collectionOf(params.type),
          id: params.id,
        });
        if (!revisions)
          throw new AppError('NOT_FOUND', `${params.type}/${params.id}`, {
            safeMessage: `There is no item "${params.id}" here.`,
          });
        return { body: { items: revisions.map(({ content: _content, ...rest }) => rest) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/admin/content/:type/:id/revisions/:number',
      operationId: 'getRevision',
      summary: 'Get one saved version',
      tags: TAG,
      access: 'editor',
      params: RevisionParamsSchema,
      cache: 'none',
      responses: [{ status: 200, description: 'The revision', schema: RevisionSchema }],
      handle: async ({ params }) => ({
        body: await revision(params.type, params.id, params.number),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/admin/content/:type/:id/diff',
      operationId: 'diffRevisions',
      summary: 'What changed between two versions, field by field',
      tags: TAG,
      access: 'editor',
      params: ItemParamsSchema,
      query: DiffQuerySchema,
      cache: 'none',
      responses: [{ status: 200, description: 'The changes', schema: DiffSchema }],
      handle: async ({ params, query }) => {
        const [before, after] = await Promise.all([
          revision(params.type, params.id, query.from),
          revision(params.type, params.id, query.to),
        ]);
        return {
          body: {
            from: query.from,
            to: query.to,
            changes: diffItems(before.content, after.content),
          },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/content/:type/:id/revisions/:number/restore',
      operationId: 'restoreRevision',
      summary: 'Make an old version the new draft',
      description:
        'Adds a revision with the old content; history is never rewritten. Send the current ETag in If-Match.',
      tags: TAG,
      access: 'publisher',
      params: RevisionParamsSchema,
      errors: [{ status: 409, description: 'The item is deleted' }],
      ifMatch: true,
      cache: 'none',
      responses: [
        { status: 200, description: 'The item with the restored draft', schema: AdminItemSchema },
      ],
      handle: async ({ params, auth, client, req }) => {
        const expected = expectedRevision(req);
        const collection = collectionOf(params.type);
        const old = await revision(params.type, params.id, params.number);
        // Content saved under an older schema must still fit today's before it becomes a draft.
        const content = parseContent(collection, old.content, ['revision', 'content']);
        const item = await editorial.saveDraft(
          {
            collection,
            id: params.id,
            content,
            expected,
            note: `Restored from revision ${params.number}`,
          },
          changeContext(auth, client, now()),
        );
        return { body: item, headers: { ETag: item.etag } };
      },
    }),
  ];
}
