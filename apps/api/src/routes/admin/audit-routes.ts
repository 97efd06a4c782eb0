import { AuditPageSchema, AuditQuerySchema, pageInfo } from '@peer-toolkit/core';
import { defineRoute, type RouteSpec } from '../../http/route.js';
import type { AdminServices } from './services.js';

export function auditRoutes(services: AdminServices): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/admin/audit',
      operationId: 'listAuditEntries',
      summary: 'Page through the audit log, newest first',
      description:
        'Filter by who (user id or email), action (or a prefix such as "content."), target and time (UTC).',
      tags: ['Admin: audit'],
      access: 'admin',
      query: AuditQuerySchema,
      cache: 'none',
      responses: [{ status: 200, description: 'A page of entries', schema: AuditPageSchema }],
      handle: async ({ query }) => {
        const { items, total } = await services.stores.audit.list(query);
        return { body: { ...pageInfo(query, total), items } };
      },
    }),
  ];
}
