import { z } from 'zod';
import { AnswerScaleSchema, AnswersSchema } from '../assessment/answer-scale.js';
import { AssessmentResultSchema } from '../assessment/assessment-result.js';
import { ExpectationQuestionSchema } from '../assessment/expectation-question.js';
import { ReadinessQuestionSchema } from '../assessment/readiness-question.js';
import { ShareCodeKindSchema, ShareCodeSchema } from '../assessment/share-code.js';
import { StakeholderGroupSchema } from '../domain/stakeholder-group.js';

export const ReadinessQuestionnaireSchema = z
  .object({
    scale: AnswerScaleSchema,
    notApplicableLabel: z.string(),
    topics: z.array(
      z.object({ id: z.string(), slug: z.string(), title: z.string(), order: z.number() }),
    ),
    questions: z.array(ReadinessQuestionSchema),
  })
  .meta({ title: 'Readiness self-assessment questions' });

export const ReadinessResultsRequestSchema = z
  .strictObject({
    answers: AnswersSchema.optional(),
    code: ShareCodeSchema.optional(),
  })
  .refine((body) => (body.answers === undefined) !== (body.code === undefined), {
    message: 'Send either the answers or a share code, not both',
    path: ['answers'],
  })
  .meta({
    title: 'Answers to score',
    description: 'Either the answers themselves or a share code holding them.',
  });

export const ReadinessResultsResponseSchema = z
  .object({
    result: AssessmentResultSchema,
    answers: AnswersSchema,
    code: z
      .string()
      .meta({ description: 'A share code holding these answers, to save or pass on.' }),
  })
  .meta({ title: 'Readiness self-assessment results' });

export const ExpectationsQuestionnaireSchema = z
  .object({
    scale: AnswerScaleSchema,
    groups: z.array(z.object({ id: StakeholderGroupSchema, label: z.string() })),
    questions: z.array(ExpectationQuestionSchema),
  })
  .meta({ title: 'Shared expectations statements' });

export const CreateShareCodeRequestSchema = z
  .strictObject({ group: StakeholderGroupSchema.optional(), answers: AnswersSchema })
  .meta({ title: 'Answers to put in a share code' });

export const ShareCodeResponseSchema = z
  .object({
    kind: ShareCodeKindSchema,
    code: z.string(),
    group: StakeholderGroupSchema.nullable(),
    answers: AnswersSchema,
  })
  .meta({ title: 'Share code' });

export const ReadShareCodeRequestSchema = z
  .strictObject({ code: ShareCodeSchema })
  .meta({ title: 'Share code to read' });

export const MAX_RESPONDENTS = 40;

export const CompareExpectationsRequestSchema = z
  .strictObject({
    respondents: z
      .array(
        z.strictObject({
          label: z
            .string()
            .trim()
            .min(1, 'Enter a label for each person')
            .max(60, 'Keep labels to 60 characters'),
          code: ShareCodeSchema,
          group: StakeholderGroupSchema.optional().meta({
            description:
              'Overrides the stakeholder group held in the code; needed when the code has none.',
          }),
        }),
      )
      .min(2, 'Add codes from at least two people')
      .max(MAX_RESPONDENTS, `Compare at most ${MAX_RESPONDENTS} people at once`),
  })
  .meta({ title: 'Share codes to compare' });
