import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error.js';
import { readinessQuestionsFixture as questions } from '../fixtures/assessment.js';
import { roleDefinitionTopic, supervisionTopic } from '../fixtures/domain.js';
import { AssessmentResultSchema } from './assessment-result.js';
import { scoreAssessment } from './score-assessment.js';

const topics = [supervisionTopic, roleDefinitionTopic];
const score = (answers: unknown) => scoreAssessment({ questions, topics, answers });

/** Any subset of questions answered with any allowed value. */
const answersArbitrary = fc.record(
  Object.fromEntries(
    questions.map((q) => [
      q.id,
      q.mayNotApply
        ? fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('not-applicable' as const))
        : fc.integer({ min: 0, max: 4 }),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, number | 'not-applicable'>>;

describe('scoreAssessment', () => {
  it('scores nothing answered as zero with every question in the plan', () => {
    const result = score({});
    expect(result.overall).toEqual({
      score: 0,
      band: 'not-started',
      answered: 0,
      notApplicable: 0,
      total: 4,
    });
    expect(result.actions).toHaveLength(4);
    expect(result.actions.every((action) => !action.isAnswered)).toBe(true);
  });

  it('scores everything fully in place as 100 with nothing to do', () => {
    const result = score({
      'rq-purpose-agreed': 4,
      'rq-job-description': 4,
      'rq-supervisor-named': 4,
      'rq-partner-agreement': 4,
    });
    expect(result.overall).toEqual({
      score: 100,
      band: 'established',
      answered: 4,
      notApplicable: 0,
      total: 4,
    });
    expect(result.actions).toEqual([]);
  });

  it('weights questions: an essential question counts three times a useful one', () => {
    // role-definition: weight 3 at 4/4 and weight 1 at 0/4 gives 12/16 = 75%.
    const result = score({
      'rq-purpose-agreed': 4,
      'rq-job-description': 0,
      'rq-partner-agreement': 'not-applicable',
    });
    expect(result.topics.find((t) => t.topicId === 'role-definition')?.score).toBe(75);
    // overall: 12 of (3+1+2)*4 = 24 gives 50%; the question that does not apply is left out.
    expect(result.overall.score).toBe(50);
    expect(result.overall.notApplicable).toBe(1);
  });

  it('lists topics in topic order with their titles and slugs for linking', () => {
    const result = score({});
    expect(result.topics.map((t) => [t.topicId, t.topicSlug])).toEqual([
      ['role-definition', 'defining-the-role'],
      ['supervision', 'supervision'],
    ]);
  });

  it('puts the largest weighted gaps first and points each at its guidance', () => {
    const result = score({
      'rq-purpose-agreed': 2,
      'rq-job-description': 0,
      'rq-supervisor-named': 1,
      'rq-partner-agreement': 'not-applicable',
    });
    expect(result.actions.map((a) => [a.questionId, a.urgency, a.priority])).toEqual([
      ['rq-purpose-agreed', 6, 'medium'],
      ['rq-supervisor-named', 6, 'medium'],
      ['rq-job-description', 4, 'medium'],
    ]);
    expect(result.actions[1]?.guidance).toEqual({
      collection: 'topics',
      id: 'supervision',
      slug: 'supervision',
      title: 'Supervision and support',
    });
  });

  it('leaves out a topic whose questions all do not apply', () => {
    const topicsOnly = scoreAssessment({
      questions: questions.filter((q) => q.id === 'rq-partner-agreement'),
      topics,
      answers: { 'rq-partner-agreement': 'not-applicable' },
    });
    expect(topicsOnly.topics).toEqual([]);
    expect(topicsOnly.actions).toEqual([]);
  });

  it.each([
    [{ 'rq-purpose-agreed': 'not-applicable' }, ['answers', 'rq-purpose-agreed']],
    [{ 'rq-purpose-agreed': 5 }, ['answers', 'rq-purpose-agreed']],
    [{ 'rq-purpose-agreed': 2.5 }, ['answers', 'rq-purpose-agreed']],
    [{ 'rq-purpose-agreed': '3' }, ['answers', 'rq-purpose-agreed']],
    [{ 'rq-not-a-question': 3 }, ['answers', 'rq-not-a-question']],
    [JSON.parse('{"__proto__": 3}'), ['answers', '__proto__']],
    [[3, 4], ['answers']],
    [null, ['answers']],
  ])('refuses the answers %j with an issue at %j', (answers, path) => {
    try {
      score(answers);
      expect.unreachable('scoring should have failed');
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
      expect(isAppError(error) && error.issues?.map((i) => i.path)).toContainEqual(path);
    }
  });

  it('keeps every score in range and the result valid against its schema', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = score(answers);
        AssessmentResultSchema.parse(result);
        for (const s of [result.overall, ...result.topics]) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
          expect(s.answered).toBeLessThanOrEqual(s.total);
        }
      }),
    );
  });

  it('never lowers any score when one answer improves or a question gets answered', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...questions.map((q) => q.id)),
        fc.integer({ min: 0, max: 4 }),
        (answers, questionId, raised) => {
          const before = answers[questionId];
          fc.pre(before === undefined || (typeof before === 'number' && raised > before));
          const lower = score(answers);
          const higher = score({ ...answers, [questionId]: raised });
          expect(higher.overall.score).toBeGreaterThanOrEqual(lower.overall.score);
          higher.topics.forEach((topic, index) => {
            expect(topic.score).toBeGreaterThanOrEqual(lower.topics[index]?.score ?? 0);
          });
        },
      ),
    );
  });

  it('gives the same result for the same answers, whatever their key order', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(score(reversed)).toEqual(score(answers));
      }),
    );
  });
});
