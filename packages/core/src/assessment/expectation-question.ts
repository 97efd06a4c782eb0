import { z } from 'zod';
import { IdSchema } from '../schema/identifier.js';
import { referenceTo } from '../schema/reference.js';
import { markdownText, plainText } from '../schema/text.js';

/**
 * A statement about the peer worker role that each stakeholder rates on the agreement scale.
 * Comparing ratings shows where expectations of the role diverge.
 */
export const ExpectationQuestionSchema = z
  .object({
    id: IdSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    topicId: referenceTo('topics', {
      title: 'Toolkit topic',
      description: 'The topic that helps a group talk through a difference on this statement.',
    }),
    statement: plainText({
      title: 'Statement',
      description: 'A statement about the role that people can agree or disagree with.',
      max: 300,
      required: 'Enter the statement',
    }),
    help: markdownText({
      title: 'Why it matters',
      description: 'Why different answers to this statement matter.',
      max: 1000,
      required: 'Enter why it matters',
    }).optional(),
  })
  .meta({ title: 'Expectation statement' });

export type ExpectationQuestion = z.infer<typeof ExpectationQuestionSchema>;
export type ExpectationQuestionInput = z.input<typeof ExpectationQuestionSchema>;
