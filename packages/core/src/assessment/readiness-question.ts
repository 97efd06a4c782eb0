import { z } from 'zod';
import { IdSchema } from '../schema/identifier.js';
import { referenceListTo, referenceTo } from '../schema/reference.js';
import { markdownText, plainText } from '../schema/text.js';

/** One question of the readiness self-assessment, answered on the readiness scale. */
export const ReadinessQuestionSchema = z
  .object({
    id: IdSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    topicId: referenceTo('topics', {
      title: 'Toolkit topic',
      description: 'The topic whose guidance helps when this is not yet in place.',
    }),
    conditionIds: referenceListTo('conditions', {
      title: 'Change-model conditions',
      description: 'The organisational conditions this question checks.',
    }),
    prompt: plainText({
      title: 'Question',
      description: 'Phrased so that "Fully in place" is the best answer.',
      max: 300,
      required: 'Enter the question',
    }),
    help: markdownText({
      title: 'Help text',
      description: 'What a good answer looks like, in a sentence or two.',
      max: 1000,
      required: 'Enter help text',
    }).optional(),
    weight: z.number().int().min(1).max(3).default(2).meta({
      title: 'Weight',
      description: '1 useful, 2 important, 3 essential. Heavier questions count more in the score.',
    }),
    mayNotApply: z.boolean().default(false).meta({
      title: 'Can be answered "Does not apply"',
      description:
        'For questions that do not fit every organisation. Such answers leave the question out of the score.',
    }),
    action: plainText({
      title: 'Action if not in place',
      description: 'The next step to suggest when this is not fully in place.',
      max: 400,
      required: 'Enter the action to suggest',
    }),
  })
  .meta({ title: 'Readiness question' });

export type ReadinessQuestion = z.infer<typeof ReadinessQuestionSchema>;
export type ReadinessQuestionInput = z.input<typeof ReadinessQuestionSchema>;
