import { z } from 'zod';
import {
  type StakeholderGroup,
  StakeholderGroupSchema,
  stakeholderGroups,
} from '../domain/stakeholder-group.js';
import { AppError } from '../errors/app-error.js';
import { IdSchema } from '../schema/identifier.js';
import { AnswersSchema, SCALE_MAX } from './answer-scale.js';
import { checkAnswers } from './check-answers.js';
import type { ExpectationQuestion } from './expectation-question.js';

export const RespondentSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'Enter a label for each person')
    .max(60, 'Keep labels to 60 characters'),
  group: StakeholderGroupSchema,
  answers: AnswersSchema,
});

export type Respondent = z.infer<typeof RespondentSchema>;

/**
 * Agreed: everyone within one step. Some difference: further apart, but nobody agrees while
 * someone else disagrees. Divergent: some agree and some disagree, the pattern the research
 * found undermines peer worker roles.
 */
export const AgreementLevelSchema = z.enum([
  'agreed',
  'some-difference',
  'divergent',
  'too-few-answers',
]);

export const agreementLevelLabels = {
  divergent: 'Expectations differ',
  'some-difference': 'Some difference',
  agreed: 'Broadly shared',
  'too-few-answers': 'Too few answers to compare',
} as const satisfies Record<z.infer<typeof AgreementLevelSchema>, string>;

export const StatementComparisonSchema = z.object({
  questionId: IdSchema,
  topicId: IdSchema,
  statement: z.string(),
  level: AgreementLevelSchema,
  spread: z
    .number()
    .int()
    .min(0)
    .max(SCALE_MAX)
    .meta({ description: 'Highest answer minus lowest.' }),
  answers: z.array(z.number().int().min(0).max(SCALE_MAX).nullable()).meta({
    description: 'Each respondent’s answer, in the order given; null when not answered.',
  }),
  groupMeans: z.partialRecord(StakeholderGroupSchema, z.number().min(0).max(SCALE_MAX)),
});

export const ExpectationComparisonSchema = z
  .object({
    respondents: z.array(RespondentSchema.pick({ label: true, group: true })),
    statements: z.array(StatementComparisonSchema),
    counts: z.record(AgreementLevelSchema, z.number().int().min(0)),
  })
  .meta({ title: 'Shared expectations comparison' });

export type AgreementLevel = z.infer<typeof AgreementLevelSchema>;
export type StatementComparison = z.infer<typeof StatementComparisonSchema>;
export type ExpectationComparison = z.infer<typeof ExpectationComparisonSchema>;

const AGREE = 3;
const DISAGREE = 1;

export function levelForAnswers(values: readonly number[]): AgreementLevel {
  if (values.length < 2) return 'too-few-answers';
  const spread = Math.max(...values) - Math.min(...values);
  if (values.some((v) => v >= AGREE) && values.some((v) => v <= DISAGREE)) return 'divergent';
  return spread >= 2 ? 'some-difference' : 'agreed';
}

const levelRank: Record<AgreementLevel, number> = {
  divergent: 0,
  'some-difference': 1,
  agreed: 2,
  'too-few-answers': 3,
};

/**
 * Lines up several people's answers to the expectation statements and shows where their
 * expectations of the role diverge, most divergent first.
 */
export function compareExpectations(input: {
  questions: readonly ExpectationQuestion[];
  respondents: readonly Respondent[];
}): ExpectationComparison {
  if (input.respondents.length < 2) {
    throw new AppError('VALIDATION_FAILED', 'Fewer than two respondents', {
      safeMessage: 'Add answers from at least two people to compare expectations.',
      issues: [{ path: ['respondents'], message: 'Add at least two people', rule: 'too_small' }],
    });
  }
  const respondents = input.respondents.map((respondent, index) => {
    try {
      // Expectation statements never allow "does not apply", so checked answers are numbers.
      const checked = checkAnswers(respondent.answers, input.questions) as Record<string, number>;
      return { ...respondent, answers: checked };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError(error.code, error.message, {
        safeMessage: `The answers of ${respondent.label} do not match the statements.`,
        issues: (error.issues ?? []).map((issue) => ({
          ...issue,
          path: ['respondents', index, ...issue.path],
        })),
      });
    }
  });

  const statements = [...input.questions]
    .sort((a, b) => a.order - b.order)
    .map((question): StatementComparison => {
      const answers = respondents.map((respondent) => respondent.answers[question.id] ?? null);
      const given = answers.filter((value): value is number => value !== null);
      const groupMeans: Partial<Record<StakeholderGroup, number>> = {};
      for (const group of stakeholderGroups) {
        const values = respondents.flatMap((respondent) => {
          const value = respondent.answers[question.id];
          return respondent.group === group && value !== undefined ? [value] : [];
        });
        if (values.length > 0)
          groupMeans[group] = values.reduce((sum, v) => sum + v, 0) / values.length;
      }
      return {
        questionId: question.id,
        topicId: question.topicId,
        statement: question.statement,
        level: levelForAnswers(given),
        spread: given.length === 0 ? 0 : Math.max(...given) - Math.min(...given),
        answers,
        groupMeans,
      };
    });

  // Stable sort keeps statement order within a level.
  statements.sort((a, b) => levelRank[a.level] - levelRank[b.level] || b.spread - a.spread);
  const counts = { agreed: 0, 'some-difference': 0, divergent: 0, 'too-few-answers': 0 };
  for (const statement of statements) counts[statement.level] += 1;
  return {
    respondents: respondents.map(({ label, group }) => ({ label, group })),
    statements,
    counts,
  };
}
