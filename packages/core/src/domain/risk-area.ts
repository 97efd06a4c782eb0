import { z } from 'zod';
import { claimList } from '../evidence/claim.js';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { referenceListTo } from '../schema/reference.js';
import { markdownText, plainText } from '../schema/text.js';

/** The three directions risk is considered in. */
export const RiskDirectionSchema = z
  .enum(['peer-worker-wellbeing', 'people-supported', 'organisation'])
  .meta({
    title: 'Direction of risk',
    description:
      'Peer worker wellbeing: risk to the peer worker. People supported: the peer worker’s part in managing risk to the people they support. Organisation: risk to the organisation.',
  });

export const riskDirectionLabels = {
  'peer-worker-wellbeing': 'The peer worker’s wellbeing',
  'people-supported': 'Risk to the people peer workers support',
  organisation: 'Risk to the organisation',
} as const satisfies Record<z.infer<typeof RiskDirectionSchema>, string>;

export const ResponsiblePartySchema = z
  .enum(['manager', 'supervisor', 'team', 'peer-worker'])
  .meta({ title: 'Who acts' });

export const responsiblePartyLabels = {
  manager: 'Managers',
  supervisor: 'Supervisors',
  team: 'The team',
  'peer-worker': 'Peer workers',
} as const satisfies Record<z.infer<typeof ResponsiblePartySchema>, string>;

export const RiskActionSchema = z
  .object({
    party: ResponsiblePartySchema,
    text: markdownText({ title: 'Action', max: 1500, required: 'Enter the action' }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Action' });

export const RiskAreaSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    title: plainText({ title: 'Risk area', max: 150, required: 'Enter the risk area' }),
    direction: RiskDirectionSchema,
    summary: markdownText({ title: 'Summary', max: 1500, required: 'Enter a summary' }),
    findings: claimList({
      title: 'What the research found',
      description: 'Say plainly when the research did not look at this.',
    }),
    considerations: claimList({ title: 'What to consider' }),
    actions: z.array(RiskActionSchema).max(30).default([]).meta({ title: 'Actions, by who acts' }),
    relatedTopicIds: referenceListTo('topics', { title: 'Related toolkit topics' }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Risk area' });

export type RiskArea = z.infer<typeof RiskAreaSchema>;
export type RiskAreaInput = z.input<typeof RiskAreaSchema>;
export type RiskDirection = z.infer<typeof RiskDirectionSchema>;
export type ResponsibleParty = z.infer<typeof ResponsiblePartySchema>;
