import type { Server } from 'node:http';
import {
  ContentTypeInfoSchema,
  contentTypeKeys,
  contentTypes as contentTypeRegistry,
  defOf,
  ExpectationsQuestionnaireSchema,
  ReadinessQuestionnaireSchema,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import fc from 'fast-check';
import request from 'supertest';
import { z } from 'zod';
import { extraOperations } from '../../routes/extra-operations.js';
import { type AdminClient, createUser } from '../admin-client.js';
import { listAdminRoutes, listPublicRoutes } from '../route-specs.js';
import type { TestApp } from '../test-app.js';
import { type Endpoint, fillTemplate } from './fuzz-request.js';
import { vocabularyOf } from './share-code-vocabulary.js';
import { acceptedStrings, type Vocabulary } from './zod-arbitrary.js';

/** What the generators draw real values from, read from the running app before fuzzing. */
export interface FuzzContext {
  /** Every route, the admin routes and the extra operations included. */
  endpoints: Endpoint[];
  /** The literal segments of every route's path. */
  realSegments: string[];
  /** Real ids and slugs of published items. */
  paramValues: string[];
  /** ETags the public GET routes gave. */
  etags: string[];
  /** The values each query parameter accepts, by its name. */
  queryValues: Map<string, string[]>;
  /** Words from the titles of published items. */
  searchWords: string[];
  /** The questionnaires' ids and share codes, for the public POST bodies. */
  vocabularies: Vocabulary[];
  typePaths: string[];
  /** The signed-in admin whose session a fraction of requests carries. */
  admin: AdminClient;
  /** The admin's user id and another user's. */
  userIds: string[];
  /** Two default items of each type, with their content. */
  editableItems: { type: string; id: string; content: unknown }[];
  /** Words for the admin routes' bodies. */
  adminVocabulary: Vocabulary;
}

/** Reads real values from the app behind `server`, and creates an editor for user ids. */
export async function collectFuzzContext(
  testApp: TestApp,
  server: Server,
  admin: AdminClient,
): Promise<FuzzContext> {
  const endpoints: Endpoint[] = [
    ...[...listPublicRoutes(), ...listAdminRoutes()].map((spec) => ({
      method: spec.method.toUpperCase() as Endpoint['method'],
      template: `/api/v1${spec.path}`,
      spec,
      admin: spec.path.startsWith('/admin/'),
    })),
    ...extraOperations.map(
      (extra) => ({ method: 'GET', template: extra.path, admin: false }) as const,
    ),
  ];
  const realSegments = [
    ...new Set(
      endpoints.flatMap((e) => e.template.split('/')).filter((s) => s && !s.startsWith(':')),
    ),
  ];

  // Real ids, slugs and titles, from each parameterised public route's list route.
  const items: { id: string; slug?: string; title?: string }[] = [];
  for (const { template } of endpoints.filter((e) => !e.admin && e.template.includes('/:'))) {
    const list = await request(server).get(template.slice(0, template.indexOf('/:')));
    items.push(...((list.body as { items?: typeof items }).items ?? []).slice(0, 5));
  }
  const paramValues = [...new Set(items.flatMap((item) => [item.id, item.slug ?? item.id]))];
  const searchWords = items.flatMap((item) => (item.title ?? '').split(/\s+/)).filter(Boolean);

  const etags: string[] = [];
  for (const { template } of endpoints.filter((e) => !e.admin && e.method === 'GET')) {
    const res = await request(server).get(
      fillTemplate(template, encodeURIComponent(paramValues[0] ?? '')),
    );
    if (res.headers.etag) etags.push(String(res.headers.etag));
  }

  const queryValues = new Map<string, string[]>();
  for (const { spec } of endpoints) {
    for (const [name, schema] of Object.entries(
      spec?.query ? (defOf(spec.query).shape ?? {}) : {},
    )) {
      queryValues.set(name, [
        ...new Set([...(queryValues.get(name) ?? []), ...acceptedStrings(schema)]),
      ]);
    }
  }
  // Search's `type` takes content type paths, which its schema cannot list.
  const contentTypes = z
    .object({ items: z.array(ContentTypeInfoSchema) })
    .parse((await request(server).get('/api/v1/content-types')).body);
  const typePaths = contentTypes.items.map((type) => type.path);
  queryValues.set('type', typePaths);

  const readiness = ReadinessQuestionnaireSchema.parse(
    (await request(server).get('/api/v1/assessment/readiness')).body,
  ).questions;
  const expectations = ExpectationsQuestionnaireSchema.parse(
    (await request(server).get('/api/v1/assessment/expectations')).body,
  ).questions;
  // The last is a question set the server does not have, so its codes must be refused.
  const vocabularies = [
    vocabularyOf('readiness', readiness, readiness),
    vocabularyOf('expectations', expectations, expectations),
    vocabularyOf('readiness', readiness, readiness.slice(1)),
  ];

  const editor = await createUser(testApp, 'editor');
  const userIds = [admin.user.id, editor.id];
  const bundle = loadDefaultBundle();
  const editableItems = contentTypeKeys.flatMap((key) =>
    (bundle[key] as { id: string }[]).slice(0, 2).map((content) => ({
      type: contentTypeRegistry[key].path,
      id: content.id,
      content,
    })),
  );
  const dates = ['2026-01-31T00:00:00Z', '2020-02-30T25:00:00Z', '1', '2'];
  for (const name of ['from', 'to'])
    queryValues.set(name, [...(queryValues.get(name) ?? []), ...dates]);
  queryValues.set('actor', [admin.user.email, editor.id]);
  queryValues.set('targetType', ['user', ...contentTypeKeys]);
  const adminVocabulary = {
    keys: ['id', 'slug', 'title', 'summary', 'order', 'format', 'items'],
    strings: fc.oneof(
      fc.constantFrom(admin.user.email, editor.email, 'nobody@example.org'),
      fc.constantFrom(
        'not-the-password-42',
        '123456',
        ' 654321 ',
        'editor',
        'publisher',
        'admin',
        'peer-toolkit-export',
        ...dates,
        ...typePaths,
        ...paramValues,
      ),
    ),
  };

  return {
    endpoints,
    realSegments,
    paramValues,
    etags,
    queryValues,
    searchWords,
    vocabularies,
    typePaths,
    admin,
    userIds,
    editableItems,
    adminVocabulary,
  };
}
