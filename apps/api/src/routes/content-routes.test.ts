import {
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
  pageOf,
  RelatedContentSchema,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { expectProblem, issuePaths } from '../testing/expect-problem.js';
import { useTestApp } from '../testing/use-test-app.js';

const bundle = loadDefaultBundle();
const testApp = useTestApp();

const get = (path: string) => request(testApp.app).get(`/api/v1${path}`);

type Item = { id: string } & Record<string, unknown>;
const itemsOf = (key: ContentTypeKey) => bundle[key] as Item[];

describe.each(contentTypeKeys)('content type %s', (key) => {
  const type = contentTypes[key];
  const items = itemsOf(key);
  const first = items[0]!;

  it('lists every published item, parsed by its schema, in display order', async () => {
    const res = await get(`/${type.path}`).query({ pageSize: 100 });
    expect(res.status).toBe(200);
    const page = pageOf(type.schema).parse(res.body);
    expect(page).toMatchObject({ page: 1, pageSize: 100, total: items.length, totalPages: 1 });
    expect(page.items.map((item) => item.id).sort()).toEqual(items.map((item) => item.id).sort());
    if (type.orderField) {
      const orders = (page.items as Item[]).map(
        (item) => item[type.orderField as string] as number,
      );
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }
  });

  it('defaults to page 1 of 20', async () => {
    const res = await get(`/${type.path}`);
    expect(res.body).toMatchObject({ page: 1, pageSize: 20, total: items.length });
    expect(res.body.items).toHaveLength(Math.min(20, items.length));
  });

  it('gets one item by id, exactly as published', async () => {
    const res = await get(`/${type.path}/${first.id}`);
    expect(res.status).toBe(200);
    expect(type.schema.parse(res.body)).toEqual(first);
  });

  it('answers 404 with a problem for an unknown id, on the item and its related route', async () => {
    for (const path of [`/${type.path}/no-such-item`, `/${type.path}/no-such-item/related`]) {
      const problem = expectProblem(await get(path), 404, 'NOT_FOUND');
      expect(problem.detail).toContain('"no-such-item"');
      expect(problem.instance).toBe(`/api/v1${path}`);
    }
  });

  it('resolves related content for an item', async () => {
    const res = await get(`/${type.path}/${first.id}/related`);
    expect(res.status).toBe(200);
    const related = RelatedContentSchema.extend({ item: type.schema }).parse(res.body);
    expect(related.item).toEqual(first);
    for (const linked of [...related.references, ...related.referencedBy]) {
      const target = itemsOf(linked.collection as ContentTypeKey).find(
        (item) => item.id === linked.id,
      );
      expect(target, `${linked.collection}/${linked.id}`).toBeDefined();
    }
  });
});

const withPages = contentTypeKeys.filter((key) => contentTypes[key].slugField !== undefined);

describe.each(withPages)('content type %s, which has pages', (key) => {
  it('gets every item by its slug as well as its id', async () => {
    const type = contentTypes[key];
    for (const item of itemsOf(key)) {
      const slug = item[type.slugField as string] as string;
      const res = await get(`/${type.path}/${slug}`);
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(item.id);
    }
  });
});

describe('an item from another type', () => {
  it('is not found under the wrong type', async () => {
    expectProblem(await get(`/topics/${bundle.publications[0]!.id}`), 404, 'NOT_FOUND');
  });

  it('refuses an id longer than 80 characters with 422 at the path parameter', async () => {
    const problem = expectProblem(await get(`/topics/${'a'.repeat(81)}`), 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toEqual([['params', 'idOrSlug']]);
  });
});

describe('related content of a topic', () => {
  const topic = bundle.topics.find((candidate) => candidate.id === 'managing-risk')!;

  it('is referenced by its risk areas, roles and readiness questions', async () => {
    const res = await get(`/topics/${topic.slug}/related`);
    const { referencedBy } = RelatedContentSchema.parse(res.body);
    const linking = (key: ContentTypeKey, field: string) =>
      (bundle[key] as Item[])
        .filter((item) => (item[field] as string[] | string).includes(topic.id))
        .map((item) => `${key}:${item.id}`)
        .sort();
    const riskAreas = linking('riskAreas', 'relatedTopicIds');
    const roles = linking('roles', 'relatedTopicIds');
    const questions = bundle.readinessQuestions
      .filter((question) => question.topicId === topic.id)
      .map((question) => `readinessQuestions:${question.id}`);
    expect(riskAreas.length).toBeGreaterThan(0);
    expect(roles.length).toBeGreaterThan(0);
    expect(questions.length).toBeGreaterThan(0);
    const found = referencedBy.map((item) => `${item.collection}:${item.id}`);
    expect(found).toEqual(expect.arrayContaining([...riskAreas, ...roles, ...questions]));
    const riskArea = referencedBy.find((item) => item.collection === 'riskAreas')!;
    expect(riskArea).toMatchObject({ field: 'relatedTopicIds', slug: expect.any(String) });
  });

  it('resolves the publications the topic cites into whole publications', async () => {
    const res = await get(`/topics/${topic.id}/related`);
    const { publications } = RelatedContentSchema.parse(res.body);
    const cited = new Set(topic.evidence.map((reference) => reference.publicationId));
    for (const claim of [...topic.findings, ...topic.suggestedActions]) {
      for (const reference of claim.evidence) cited.add(reference.publicationId);
    }
    expect(publications.map((publication) => publication.id).sort()).toEqual([...cited].sort());
    const expected = bundle.publications.find(
      (publication) => publication.id === publications[0]!.id,
    );
    expect(publications[0]).toEqual(expected);
  });
});

describe('related content of a role', () => {
  it('lists the topics it links to as references, with their field', async () => {
    const role = bundle.roles[0]!;
    const res = await get(`/roles/${role.slug}/related`);
    const { references } = RelatedContentSchema.parse(res.body);
    const topicRefs = references.filter((item) => item.collection === 'topics');
    expect(topicRefs.map((item) => item.id).sort()).toEqual([...role.relatedTopicIds].sort());
    expect(new Set(topicRefs.map((item) => item.field))).toEqual(new Set(['relatedTopicIds']));
  });
});
