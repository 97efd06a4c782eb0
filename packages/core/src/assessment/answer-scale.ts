import { z } from 'zod';

/**
 * Both questionnaires answer on a five-point scale stored as 0 to 4. A question left unanswered
 * ("not sure") is simply absent from the answers.
 */
export const SCALE_MAX = 4;

export const AnswerValueSchema = z
  .number()
  .int('Choose one of the answers on the scale')
  .min(0, 'Choose one of the answers on the scale')
  .max(SCALE_MAX, 'Choose one of the answers on the scale')
  .meta({ title: 'Answer', description: 'A point on the scale, from 0 to 4.' });

export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerScaleSchema = z.object({
  id: z.enum(['readiness', 'agreement']),
  title: z.string(),
  options: z.array(z.object({ value: AnswerValueSchema, label: z.string() })).length(SCALE_MAX + 1),
  notSureLabel: z.string(),
});

export type AnswerScale = z.infer<typeof AnswerScaleSchema>;

/** How far something is in place, for the readiness self-assessment. */
export const readinessScale: AnswerScale = {
  id: 'readiness',
  title: 'How far is this in place?',
  options: [
    { value: 0, label: 'Not started' },
    { value: 1, label: 'Planned, not started' },
    { value: 2, label: 'Partly in place' },
    { value: 3, label: 'Mostly in place' },
    { value: 4, label: 'Fully in place' },
  ],
  notSureLabel: 'Not sure',
};

/** How much a person agrees with a statement, for the shared expectations exercise. */
export const agreementScale: AnswerScale = {
  id: 'agreement',
  title: 'How much do you agree?',
  options: [
    { value: 0, label: 'Strongly disagree' },
    { value: 1, label: 'Disagree' },
    { value: 2, label: 'Neither agree nor disagree' },
    { value: 3, label: 'Agree' },
    { value: 4, label: 'Strongly agree' },
  ],
  notSureLabel: 'Not sure',
};

/**
 * For readiness questions that do not fit every organisation (such as working with partner
 * organisations), "does not apply" takes the question out of the score instead of counting it
 * as not started.
 */
export const NOT_APPLICABLE = 'not-applicable';
export const notApplicableLabel = 'Does not apply to us';

export const AnswerSchema = z.union([AnswerValueSchema, z.literal(NOT_APPLICABLE)]);

/** Answers keyed by question id; absent means not answered. */
export const AnswersSchema = z.record(z.string(), AnswerSchema).meta({
  title: 'Answers',
  description:
    'Answer values (0 to 4, or "not-applicable" where a question allows it) keyed by question id.',
});

export type Answer = z.infer<typeof AnswerSchema>;
export type Answers = z.infer<typeof AnswersSchema>;
