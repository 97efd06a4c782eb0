import { z } from 'zod';
import { IdSchema } from '../schema/identifier.js';

/** Bands turn a percentage into words; the site shows the words, not a colour alone. */
export const ReadinessBandSchema = z.enum(['not-started', 'early', 'developing', 'established']);

export const readinessBandLabels = {
  'not-started': 'Not started',
  early: 'Early days',
  developing: 'Developing',
  established: 'Well established',
} as const satisfies Record<z.infer<typeof ReadinessBandSchema>, string>;

const ScoreSchema = z.object({
  score: z
    .number()
    .int()
    .min(0)
    .max(100)
    .meta({ description: 'Percent of the best possible answers.' }),
  band: ReadinessBandSchema,
  answered: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'Questions answered, "does not apply" included.' }),
  notApplicable: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'Questions answered "does not apply".' }),
  total: z.number().int().min(0),
});

export const TopicScoreSchema = ScoreSchema.extend({
  topicId: IdSchema,
  topicTitle: z.string(),
  topicSlug: z.string(),
});

export const ActionPrioritySchema = z.enum(['high', 'medium', 'low']);

export const PlannedActionSchema = z.object({
  questionId: IdSchema,
  prompt: z.string(),
  action: z.string(),
  priority: ActionPrioritySchema,
  /** Weight times the gap to "fully in place"; larger is more urgent. */
  urgency: z.number().int().min(1),
  isAnswered: z.boolean(),
  guidance: z.object({
    collection: z.literal('topics'),
    id: IdSchema,
    slug: z.string(),
    title: z.string(),
  }),
});

export const AssessmentResultSchema = z
  .object({
    overall: ScoreSchema,
    topics: z.array(TopicScoreSchema),
    actions: z.array(PlannedActionSchema),
  })
  .meta({ title: 'Readiness self-assessment result' });

export type ReadinessBand = z.infer<typeof ReadinessBandSchema>;
export type TopicScore = z.infer<typeof TopicScoreSchema>;
export type PlannedAction = z.infer<typeof PlannedActionSchema>;
export type ActionPriority = z.infer<typeof ActionPrioritySchema>;
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
