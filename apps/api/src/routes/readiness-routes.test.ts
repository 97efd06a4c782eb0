// The readiness routes of assessment-routes.ts; the expectations routes are in expectations-routes.test.ts.
import {
  type Answers,
  notApplicableLabel,
  ReadinessQuestionnaireSchema,
  ReadinessResultsResponseSchema,
  readinessScale,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { expectProblem, issuePaths } from '../testing/expect-problem.js';
import { useTestApp } from '../testing/use-test-app.js';

const bundle = loadDefaultBundle();
const questions = [...bundle.readinessQuestions].sort((a, b) => a.order - b.order);
const optional = questions.filter((question) => question.mayNotApply);
const required = questions.find((question) => !question.mayNotApply)!;
const testApp = useTestApp();

const post = (path: string, body: object) =>
  request(testApp.app).post(`/api/v1/assessment${path}`).send(body);
const everyQuestion = (value: number): Answers =>
  Object.fromEntries(questions.map((q) => [q.id, value]));

async function score(body: object) {
  const res = await post('/readiness/results', body);
  expect(res.status, res.text).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return ReadinessResultsResponseSchema.parse(res.body);
}

/** Flips one character of a code's first block to another valid one. */
const tamper = (code: string) => `${code[0] === '0' ? '1' : '0'}${code.slice(1)}`;

describe('GET /assessment/readiness', () => {
  it('gives the scale, the topics and every question in order', async () => {
    const res = await request(testApp.app).get('/api/v1/assessment/readiness');
    expect(res.status).toBe(200);
    const questionnaire = ReadinessQuestionnaireSchema.parse(res.body);
    expect(questionnaire.scale).toEqual(readinessScale);
    expect(questionnaire.notApplicableLabel).toBe(notApplicableLabel);
    expect(questionnaire.questions).toEqual(questions);
    expect(questionnaire.topics.map((topic) => topic.id)).toEqual(
      bundle.topics.map((topic) => topic.id),
    );
    expect(Object.keys(questionnaire.topics[0]!).sort()).toEqual(['id', 'order', 'slug', 'title']);
  });
});

describe('POST /assessment/readiness/results', () => {
  it('scores everything fully in place as 100 with nothing to do', async () => {
    const { result, answers } = await score({ answers: everyQuestion(4) });
    expect(result.overall).toEqual({
      score: 100,
      band: 'established',
      answered: 30,
      notApplicable: 0,
      total: 30,
    });
    expect(result.actions).toEqual([]);
    expect(answers).toEqual(everyQuestion(4));
  });

  it('scores no answers as 0, with an action for every question, most urgent first', async () => {
    const { result } = await score({ answers: {} });
    expect(result.overall).toMatchObject({
      score: 0,
      band: 'not-started',
      answered: 0,
      total: questions.length,
    });
    expect(result.actions).toHaveLength(questions.length);
    expect(result.actions.every((action) => !action.isAnswered)).toBe(true);
    const urgencies = result.actions.map((action) => action.urgency);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a));
    expect(result.topics).toHaveLength(bundle.topics.length);
  });

  it('scores half-way answers as 50 and points each gap at its topic', async () => {
    const { result } = await score({ answers: { ...everyQuestion(4), [required.id]: 2 } });
    expect(result.actions).toEqual([
      expect.objectContaining({
        questionId: required.id,
        isAnswered: true,
        urgency: required.weight * 2,
      }),
    ]);
    const topic = bundle.topics.find((candidate) => candidate.id === required.topicId)!;
    expect(result.actions[0]?.guidance).toEqual({
      collection: 'topics',
      id: topic.id,
      slug: topic.slug,
      title: topic.title,
    });
    expect((await score({ answers: everyQuestion(2) })).result.overall).toMatchObject({
      score: 50,
      band: 'developing',
    });
  });

  it('accepts "not-applicable" where the question allows it, and leaves it out of the score', async () => {
    expect(optional.length).toBeGreaterThan(0);
    const answers = {
      ...everyQuestion(4),
      ...Object.fromEntries(optional.map((q) => [q.id, 'not-applicable'])),
    };
    const { result } = await score({ answers });
    expect(result.overall).toMatchObject({
      score: 100,
      notApplicable: optional.length,
      answered: 30,
    });
    expect(result.actions).toEqual([]);
  });

  it('refuses a "__proto__" answer as an unknown question instead of ignoring it', async () => {
    const res = await request(testApp.app)
      .post('/api/v1/assessment/readiness/results')
      .set('Content-Type', 'application/json')
      .send('{"answers":{"__proto__":2}}');
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.issues).toEqual([
      expect.objectContaining({ path: ['body', 'answers', '__proto__'], rule: 'unknown-question' }),
    ]);
  });

  it('refuses "not-applicable" where the question applies to everyone, at that answer', async () => {
    const res = await post('/readiness/results', { answers: { [required.id]: 'not-applicable' } });
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.issues).toEqual([
      expect.objectContaining({
        path: ['body', 'answers', required.id],
        rule: 'not-applicable-refused',
      }),
    ]);
  });

  it.each([
    [{ answers: { 'rq-no-such-question': 2 } }, ['body', 'answers', 'rq-no-such-question']],
    [{ answers: { [required.id]: 5 } }, ['body', 'answers', required.id]],
    [{ code: '   ' }, ['body', 'code']],
    [{ answers: { [required.id]: 'x' } }, ['body', 'answers', required.id]],
    [{ answers: { [required.id]: 1.5 } }, ['body', 'answers', required.id]],
    [{}, ['body', 'answers']],
    [{ answers: {}, code: 'ABCD' }, ['body', 'answers']],
  ])('refuses %j with 422 at %j', async (body, path) => {
    const problem = expectProblem(await post('/readiness/results', body), 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toContainEqual(path);
  });

  it('round-trips answers through a share code', async () => {
    const answers = {
      [questions[0]!.id]: 3,
      [questions[5]!.id]: 0,
      [optional[0]!.id]: 'not-applicable',
    };
    const first = await score({ answers });
    expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    const second = await score({ code: first.code });
    expect(second.answers).toEqual(answers);
    expect(second.result).toEqual(first.result);
    expect(second.code).toBe(first.code);
    const typed = await score({ code: ` ${first.code.toLowerCase().replaceAll('-', '')} ` });
    expect(typed.answers).toEqual(answers);
  });

  it('refuses a tampered code with INVALID_SHARE_CODE at body.code', async () => {
    const { code } = await score({ answers: everyQuestion(3) });
    for (const bad of [tamper(code), code.slice(0, -5), `${code}-0000`, 'NOT-A-CODE!']) {
      const problem = expectProblem(
        await post('/readiness/results', { code: bad }),
        422,
        'INVALID_SHARE_CODE',
      );
      expect(issuePaths(problem)).toEqual([['body', 'code']]);
    }
  });

  it('refuses a code from the expectations exercise', async () => {
    const created = await post('/expectations/share-codes', { answers: {} });
    const problem = expectProblem(
      await post('/readiness/results', { code: created.body.code }),
      422,
      'INVALID_SHARE_CODE',
    );
    expect(problem.detail).toContain('shared expectations');
  });
});
