import {
  contentTypes,
  ExportDocumentSchema,
  ImportReportSchema,
  ImportRequestSchema,
  issuesFromZod,
} from '@peer-toolkit/core';
import { defineRoute, type RouteSpec } from '../../http/route.js';
import { changeContext } from './editorial-context.js';
import { checkPublishedContent } from './integrity-checks.js';
import type { AdminServices } from './services.js';

const TAG = ['Admin: export and import'];

/** Import bodies carry whole exports, so they may be much larger than other requests. */
export const IMPORT_BODY_LIMIT = '20mb';

export function transferRoutes(services: AdminServices): RouteSpec[] {
  const now = () => new Date(services.clock()).toISOString();
  return [
    defineRoute({
      method: 'get',
      path: '/admin/export',
      operationId: 'exportContent',
      summary: 'Export every item, published and draft, with its whole history',
      tags: TAG,
      access: 'admin',
      cache: 'none',
      responses: [{ status: 200, description: 'The export', schema: ExportDocumentSchema }],
      handle: async () => ({
        body: await services.stores.editorial.exportAll(now()),
        headers: { 'Content-Disposition': 'attachment; filename="peer-toolkit-export.json"' },
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/import',
      operationId: 'importContent',
      summary: 'Import an export: report what would change, or apply it in one transaction',
      description:
        'A dry run (the default) changes nothing and reports exactly what applying would do, with a `basis`: send that back when applying, and the apply is refused (412) if any content changed in between. Items in the document are created or brought up to date by adding revisions; history is kept. Items missing from the document are left alone unless deleteMissing is true, and then only soft-deleted.',
      tags: TAG,
      access: 'admin',
      body: ImportRequestSchema,
      bodyLimit: IMPORT_BODY_LIMIT,
      errors: [
        { status: 412, description: 'The content changed after the dry run named in basis' },
      ],
      cache: 'none',
      responses: [
        { status: 200, description: 'What changed, or would change', schema: ImportReportSchema },
      ],
      handle: async ({ body, auth, client }) => ({
        body: await services.stores.editorial.importDocument(
          {
            document: body.document,
            dryRun: body.dryRun,
            deleteMissing: body.deleteMissing,
            basis: body.basis,
            check: checkPublishedContent,
            parseContent: (collection, content) => {
              const result = contentTypes[collection].schema.safeParse(content);
              return result.success
                ? { value: result.data as Record<string, unknown> }
                : { problems: issuesFromZod(result.error) };
            },
          },
          changeContext(auth, client, now()),
        ),
      }),
    }),
  ];
}
