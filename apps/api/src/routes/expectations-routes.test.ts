// The shared expectations routes of assessment-routes.ts.
import {
  agreementScale,
  ExpectationComparisonSchema,
  ExpectationsQuestionnaireSchema,
  ReadinessResultsResponseSchema,
  ShareCodeResponseSchema,
  stakeholderGroups,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { expectProblem, issuePaths } from '../testing/expect-problem.js';
import { useTestApp } from '../testing/use-test-app.js';

const statements = [...loadDefaultBundle().expectationQuestions].sort((a, b) => a.order - b.order);
const testApp = useTestApp();

const post = (path: string, body: object) =>
  request(testApp.app).post(`/api/v1/assessment${path}`).send(body);

/** Flips the first character of a code to another valid one, which its checksum catches. */
const tamper = (code: string) => `${code[0] === '0' ? '1' : '0'}${code.slice(1)}`;

async function readinessCode(): Promise<string> {
  const res = await post('/readiness/results', { answers: {} });
  return ReadinessResultsResponseSchema.parse(res.body).code;
}

describe('GET /assessment/expectations', () => {
  it('gives the scale, the stakeholder groups and every statement in order', async () => {
    const res = await request(testApp.app).get('/api/v1/assessment/expectations');
    expect(res.status).toBe(200);
    const questionnaire = ExpectationsQuestionnaireSchema.parse(res.body);
    expect(questionnaire.scale).toEqual(agreementScale);
    expect(questionnaire.groups.map((group) => group.id)).toEqual([...stakeholderGroups]);
    expect(questionnaire.groups.find((group) => group.id === 'managers')?.label).toBe('Managers');
    expect(questionnaire.questions).toEqual(statements);
  });
});

describe('expectations share codes', () => {
  const answers = { [statements[0]!.id]: 4, [statements[3]!.id]: 1 };

  it('creates a code (201, not stored) and reads it back', async () => {
    const created = await post('/expectations/share-codes', { group: 'team-colleagues', answers });
    expect(created.status).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const share = ShareCodeResponseSchema.parse(created.body);
    expect(share).toMatchObject({ kind: 'expectations', group: 'team-colleagues', answers });
    const read = await post('/expectations/share-codes/read', { code: share.code });
    expect(read.status).toBe(200);
    expect(ShareCodeResponseSchema.parse(read.body)).toEqual(share);
  });

  it('gives a null group when none was chosen', async () => {
    const created = await post('/expectations/share-codes', { answers });
    expect(created.body.group).toBeNull();
    expect(
      (await post('/expectations/share-codes/read', { code: created.body.code })).body.group,
    ).toBeNull();
  });

  it.each([
    [{ group: 'nurses', answers }, ['body', 'group']],
    [
      { answers: { [statements[0]!.id]: 'not-applicable' } },
      ['body', 'answers', statements[0]!.id],
    ],
    [{ answers: { 'eq-unknown': 1 } }, ['body', 'answers', 'eq-unknown']],
    [{ answers, extra: true }, ['body']],
  ])('refuses to create from %j, at %j', async (body, path) => {
    const problem = expectProblem(
      await post('/expectations/share-codes', body),
      422,
      'VALIDATION_FAILED',
    );
    expect(issuePaths(problem)).toEqual([path]);
  });

  it('refuses to read a tampered code or a readiness code, at body.code', async () => {
    const created = await post('/expectations/share-codes', { answers });
    for (const code of [tamper(created.body.code), await readinessCode()]) {
      const res = await post('/expectations/share-codes/read', { code });
      expect(issuePaths(expectProblem(res, 422, 'INVALID_SHARE_CODE'))).toEqual([['body', 'code']]);
    }
  });
});

describe('POST /assessment/expectations/comparisons', () => {
  const [first, second] = statements;
  const last = statements.at(-1)!;
  const codeFor = async (body: object) =>
    (await post('/expectations/share-codes', body)).body.code as string;

  it('lines people up, most divergent statements first', async () => {
    const peer = await codeFor({
      group: 'peer-workers',
      answers: { [first!.id]: 4, [second!.id]: 4, [last.id]: 4 },
    });
    const manager = await codeFor({
      group: 'managers',
      answers: { [first!.id]: 4, [second!.id]: 2, [last.id]: 0 },
    });
    const res = await post('/expectations/comparisons', {
      respondents: [
        { label: 'Sam', code: peer },
        { label: 'Alex', code: manager },
      ],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const comparison = ExpectationComparisonSchema.parse(res.body);
    expect(comparison.respondents).toEqual([
      { label: 'Sam', group: 'peer-workers' },
      { label: 'Alex', group: 'managers' },
    ]);
    expect(comparison.statements.slice(0, 3).map((s) => [s.questionId, s.level])).toEqual([
      [last.id, 'divergent'],
      [second!.id, 'some-difference'],
      [first!.id, 'agreed'],
    ]);
    expect(comparison.statements[0]).toMatchObject({
      spread: 4,
      answers: [4, 0],
      groupMeans: { 'peer-workers': 4, managers: 0 },
    });
    expect(comparison.statements.at(-1)?.level).toBe('too-few-answers');
    expect(comparison.counts).toEqual({
      divergent: 1,
      'some-difference': 1,
      agreed: 1,
      'too-few-answers': statements.length - 3,
    });
  });

  it('lets a respondent’s group override the code’s, and needs one from somewhere', async () => {
    const noGroup = await codeFor({ answers: { [first!.id]: 1 } });
    const withGroup = await codeFor({ group: 'managers', answers: { [first!.id]: 3 } });
    const overridden = await post('/expectations/comparisons', {
      respondents: [
        { label: 'A', code: withGroup, group: 'people-using-services' },
        { label: 'B', code: noGroup, group: 'team-colleagues' },
      ],
    });
    expect(overridden.body.respondents.map((r: { group: string }) => r.group)).toEqual([
      'people-using-services',
      'team-colleagues',
    ]);
    const missing = await post('/expectations/comparisons', {
      respondents: [
        { label: 'A', code: withGroup },
        { label: 'B', code: noGroup },
      ],
    });
    const problem = expectProblem(missing, 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toEqual([['body', 'respondents', 1, 'group']]);
    expect(problem.detail).toContain('B');
  });

  it('refuses fewer than two people, and a bad code at its position', async () => {
    const code = await codeFor({ group: 'managers', answers: {} });
    const one = await post('/expectations/comparisons', { respondents: [{ label: 'A', code }] });
    expect(issuePaths(expectProblem(one, 422, 'VALIDATION_FAILED'))).toEqual([
      ['body', 'respondents'],
    ]);
    const none = await post('/expectations/comparisons', { respondents: [] });
    expect(issuePaths(expectProblem(none, 422, 'VALIDATION_FAILED'))).toEqual([
      ['body', 'respondents'],
    ]);
    const tampered = await post('/expectations/comparisons', {
      respondents: [
        { label: 'A', code },
        { label: 'B', code: tamper(code) },
      ],
    });
    expect(issuePaths(expectProblem(tampered, 422, 'INVALID_SHARE_CODE'))).toEqual([
      ['body', 'respondents', 1, 'code'],
    ]);
  });
});
