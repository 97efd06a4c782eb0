import { z } from 'zod';
import { claimList } from '../evidence/claim.js';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { markdownText, plainText } from '../schema/text.js';

const questionList = (title: string) =>
  z
    .array(plainText({ title: 'Question', max: 400, required: 'Enter the question' }))
    .max(12)
    .default([])
    .meta({ title });

/**
 * Questions for each stakeholder group to talk through together. The research found roles work
 * when everyone shares the same expectations, so every group gets its own questions.
 */
export const DiscussionQuestionsSchema = z
  .object({
    'peer-workers': questionList('Questions for peer workers'),
    'people-using-services': questionList('Questions for people who use services'),
    'team-colleagues': questionList('Questions for team colleagues'),
    managers: questionList('Questions for managers'),
  })
  .meta({ title: 'Questions to discuss' });

/** Something an organisation must get right when it introduces peer workers. */
export const ToolkitTopicSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    title: plainText({ title: 'Topic title', max: 120, required: 'Enter a topic title' }),
    summary: markdownText({
      title: 'Summary',
      description: 'Two or three plain sentences: what this is and why it matters.',
      max: 1200,
      required: 'Enter a summary',
    }),
    findings: claimList({ title: 'What the research found' }),
    discussionQuestions: DiscussionQuestionsSchema,
    suggestedActions: claimList({ title: 'Suggested actions' }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Toolkit topic' });

export type ToolkitTopic = z.infer<typeof ToolkitTopicSchema>;
export type ToolkitTopicInput = z.input<typeof ToolkitTopicSchema>;
export type DiscussionQuestions = z.infer<typeof DiscussionQuestionsSchema>;
