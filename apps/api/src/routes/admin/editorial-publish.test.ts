import { AdminItemSchema, type RiskArea } from '@peer-toolkit/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { sampleRiskArea, sampleTopic } from '../../testing/content-samples.js';
import { expectProblem, issuePaths } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const { testApp, editor, publisher } = useAdminTestApp({ roles: ['editor', 'publisher'] });

async function create(type: 'topics' | 'risk-areas', content: Record<string, unknown>) {
  const res = await editor.send('post', `/admin/content/${type}`, { content });
  expect(res.status, res.text).toBe(201);
  return AdminItemSchema.parse(res.body);
}

const createTopic = (id: string) => create('topics', sampleTopic(id));
const createRiskArea = (id: string, overrides: Partial<RiskArea> = {}) =>
  create('risk-areas', sampleRiskArea(id, overrides));

const publish = (type: string, item: { id: string; etag: string }) =>
  publisher.send('post', `/admin/content/${type}/${item.id}/publish`, undefined, {
    'If-Match': item.etag,
  });

async function publishOk(type: string, item: { id: string; etag: string }) {
  const res = await publish(type, item);
  expect(res.status, res.text).toBe(200);
  expect(res.body.status).toBe('published');
}

const publicStatus = async (path: string) =>
  (await request(testApp.app).get(`/api/v1${path}`)).status;

describe('publishing checks the published content as it would be afterwards', () => {
  it('refuses with INTEGRITY_FAILED, listing every problem by the item’s id', async () => {
    const { findings } = sampleRiskArea('broken-risk-area');
    (findings[1] as { evidence: unknown[] }).evidence = [];
    const item = await createRiskArea('broken-risk-area', {
      relatedTopicIds: ['no-such-topic-one', 'no-such-topic-two'],
      findings,
    });
    const problem = expectProblem(await publish('risk-areas', item), 422, 'INTEGRITY_FAILED');
    expect(problem.issues).toHaveLength(3);
    expect(problem.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['riskAreas', 'broken-risk-area', 'relatedTopicIds', 0],
          rule: 'broken-reference',
          message: expect.stringContaining('no-such-topic-one'),
        }),
        expect.objectContaining({
          path: ['riskAreas', 'broken-risk-area', 'relatedTopicIds', 1],
          rule: 'broken-reference',
          message: expect.stringContaining('no-such-topic-two'),
        }),
        expect.objectContaining({
          path: ['riskAreas', 'broken-risk-area', 'findings', 1, 'evidence'],
          rule: 'missing-evidence',
        }),
      ]),
    );
    const after = await editor.send('get', '/admin/content/risk-areas/broken-risk-area');
    expect(after.body).toMatchObject({ status: 'draft', published: null, etag: '"r1"' });
    expect(await publicStatus('/risk-areas/broken-risk-area')).toBe(404);
  });

  it('names a publication that does not exist in the evidence', async () => {
    const evidence: RiskArea['evidence'] = [
      { publicationId: 'no-such-publication', strength: 'related-evidence' },
    ];
    const item = await createRiskArea('unknown-source-risk-area', { evidence });
    const problem = expectProblem(await publish('risk-areas', item), 422, 'INTEGRITY_FAILED');
    expect(problem.issues).toEqual([
      expect.objectContaining({
        path: ['riskAreas', 'unknown-source-risk-area', 'evidence', 0, 'publicationId'],
        rule: 'unknown-publication',
      }),
    ]);
  });

  it('counts a link to an unpublished draft as broken, and allows it once that is published', async () => {
    const topic = await createTopic('draft-target-topic');
    const risk = await createRiskArea('links-to-draft', { relatedTopicIds: [topic.id] });
    const problem = expectProblem(await publish('risk-areas', risk), 422, 'INTEGRITY_FAILED');
    expect(issuePaths(problem)).toEqual([['riskAreas', 'links-to-draft', 'relatedTopicIds', 0]]);
    await publishOk('topics', topic);
    await publishOk('risk-areas', risk);
    expect(await publicStatus('/risk-areas/links-to-draft')).toBe(200);
  });
});

describe('unpublishing', () => {
  it('is refused while a published item links to the item, and allowed once none does', async () => {
    const topic = await createTopic('linked-topic');
    await publishOk('topics', topic);
    const risk = await createRiskArea('linking-risk-area', { relatedTopicIds: [topic.id] });
    await publishOk('risk-areas', risk);

    const problem = expectProblem(
      await publisher.send('post', '/admin/content/topics/linked-topic/unpublish'),
      422,
      'INTEGRITY_FAILED',
    );
    expect(issuePaths(problem)).toEqual([['riskAreas', 'linking-risk-area', 'relatedTopicIds', 0]]);
    expect((await editor.send('get', '/admin/content/topics/linked-topic')).body.status).toBe(
      'published',
    );
    expect(await publicStatus('/topics/linked-topic')).toBe(200);

    // A draft that drops the link does not help while the published version still has it.
    const edit = await editor.send(
      'put',
      '/admin/content/risk-areas/linking-risk-area',
      {
        content: sampleRiskArea(risk.id, { title: 'No link', relatedTopicIds: [] }),
      },
      { 'If-Match': '"r1"' },
    );
    expect(edit.status, edit.text).toBe(200);
    expectProblem(
      await publisher.send('post', '/admin/content/topics/linked-topic/unpublish'),
      422,
      'INTEGRITY_FAILED',
    );

    await publishOk('risk-areas', { id: risk.id, etag: '"r2"' });
    const res = await publisher.send('post', '/admin/content/topics/linked-topic/unpublish');
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('unpublished');
    expect(await publicStatus('/topics/linked-topic')).toBe(404);
  });
});
