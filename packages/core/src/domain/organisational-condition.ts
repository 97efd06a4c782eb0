import { z } from 'zod';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { referenceListTo } from '../schema/reference.js';
import { markdownText, plainText } from '../schema/text.js';

export const ConditionKindSchema = z.enum(['enabler', 'constraint']).meta({
  title: 'Effect',
  description: 'Enabler: helps the change mechanisms work. Constraint: gets in their way.',
});

/** Something about the organisation that helps or hinders how peer work brings change. */
export const OrganisationalConditionSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    title: plainText({ title: 'Condition', max: 150, required: 'Enter the condition' }),
    kind: ConditionKindSchema,
    summary: markdownText({ title: 'Summary', max: 1500, required: 'Enter a summary' }),
    mechanismIds: referenceListTo('mechanisms', {
      title: 'Affects mechanisms',
      description: 'The change mechanisms this condition helps or hinders.',
    }),
    topicIds: referenceListTo('topics', {
      title: 'Toolkit topics',
      description: 'Where the toolkit helps organisations get this right.',
    }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Organisational condition' });

export type OrganisationalCondition = z.infer<typeof OrganisationalConditionSchema>;
export type OrganisationalConditionInput = z.input<typeof OrganisationalConditionSchema>;
export type ConditionKind = z.infer<typeof ConditionKindSchema>;
