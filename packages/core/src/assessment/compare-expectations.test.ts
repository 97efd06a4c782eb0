import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error.js';
import { expectationQuestionsFixture as questions } from '../fixtures/assessment.js';
import {
  compareExpectations,
  ExpectationComparisonSchema,
  levelForAnswers,
} from './compare-expectations.js';

describe('levelForAnswers', () => {
  it.each([
    [[4, 3], 'agreed'],
    [[2, 2, 2], 'agreed'],
    [[0, 1], 'agreed'],
    [[0, 2], 'some-difference'],
    [[2, 4], 'some-difference'],
    [[1, 3], 'divergent'],
    [[0, 4], 'divergent'],
    [[4, 4, 4, 1], 'divergent'],
    [[3], 'too-few-answers'],
    [[], 'too-few-answers'],
  ] as const)('%j is %s', (values, level) => {
    expect(levelForAnswers(values)).toBe(level);
  });
});

describe('compareExpectations', () => {
  const respondents = [
    {
      label: 'Sam',
      group: 'peer-workers' as const,
      answers: { 'eq-notes': 0, 'eq-sharing': 4, 'eq-pay': 4 },
    },
    {
      label: 'Ali',
      group: 'managers' as const,
      answers: { 'eq-notes': 4, 'eq-sharing': 3, 'eq-pay': 2 },
    },
    { label: 'Jo', group: 'managers' as const, answers: { 'eq-notes': 3, 'eq-sharing': 4 } },
  ];

  it('puts divergent statements first and keeps answers in respondent order', () => {
    const result = compareExpectations({ questions, respondents });
    expect(result.statements.map((s) => [s.questionId, s.level, s.spread])).toEqual([
      ['eq-notes', 'divergent', 4],
      ['eq-pay', 'some-difference', 2],
      ['eq-sharing', 'agreed', 1],
    ]);
    expect(result.statements[1]?.answers).toEqual([4, 2, null]);
    expect(result.counts).toEqual({
      divergent: 1,
      'some-difference': 1,
      agreed: 1,
      'too-few-answers': 0,
    });
  });

  it('averages each stakeholder group separately', () => {
    const notes = compareExpectations({ questions, respondents }).statements[0];
    expect(notes?.groupMeans).toEqual({ 'peer-workers': 0, managers: 3.5 });
  });

  it('needs at least two people', () => {
    expect(() => compareExpectations({ questions, respondents: respondents.slice(0, 1) })).toThrow(
      /two/,
    );
  });

  it('names the respondent whose answers do not fit', () => {
    try {
      compareExpectations({
        questions,
        respondents: [
          ...respondents,
          { label: 'Kim', group: 'team-colleagues', answers: { 'eq-other': 1 } },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.safeMessage).toContain('Kim');
      expect(isAppError(error) && error.issues?.[0]?.path).toEqual([
        'respondents',
        3,
        'answers',
        'eq-other',
      ]);
    }
  });

  it('always produces a valid comparison with one entry per statement', () => {
    const answers = fc.record(
      Object.fromEntries(questions.map((q) => [q.id, fc.integer({ min: 0, max: 4 })])),
      {
        requiredKeys: [],
      },
    ) as fc.Arbitrary<Record<string, number>>;
    const respondent = fc.record({
      label: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim().length > 0),
      group: fc.constantFrom(
        'peer-workers',
        'people-using-services',
        'team-colleagues',
        'managers' as const,
      ),
      answers,
    });
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 2, maxLength: 8 }), (people) => {
        const result = compareExpectations({ questions, respondents: people });
        ExpectationComparisonSchema.parse(result);
        expect(result.statements).toHaveLength(questions.length);
      }),
    );
  });
});
