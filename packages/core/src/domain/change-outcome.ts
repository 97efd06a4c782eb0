import { z } from 'zod';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { referenceListTo } from '../schema/reference.js';
import { markdownText, plainText } from '../schema/text.js';

/**
 * Process outcomes happen during the work itself (feeling understood, opening up); downstream
 * outcomes follow later (hope, recovery, use of services).
 */
export const OutcomeKindSchema = z.enum(['process', 'downstream']).meta({
  title: 'Kind of outcome',
  description:
    'Process: happens during the peer work itself. Downstream: follows later, in a person’s life or use of services.',
});

/** How well the wider evidence supports an outcome. Shown to readers next to the outcome. */
export const OutcomeSupportSchema = z
  .enum(['some-inconsistent', 'little-evidence', 'proposed'])
  .meta({
    title: 'How well the evidence supports it',
    description:
      'Some, inconsistent: some studies found a benefit, others did not. Little evidence: few studies, or no clear effect. Proposed: suggested by the qualitative research, not yet tested.',
  });

export const outcomeSupportLabels = {
  'some-inconsistent': 'Some evidence, not consistent',
  'little-evidence': 'Little evidence so far',
  proposed: 'Proposed by the research, not yet tested',
} as const satisfies Record<z.infer<typeof OutcomeSupportSchema>, string>;

export const ChangeOutcomeSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    title: plainText({ title: 'Outcome', max: 150, required: 'Enter the outcome' }),
    kind: OutcomeKindSchema,
    support: OutcomeSupportSchema,
    summary: markdownText({ title: 'Summary', max: 1500, required: 'Enter a summary' }),
    leadsToOutcomeIds: referenceListTo('outcomes', {
      title: 'Leads to outcomes',
      description: 'Only for process outcomes: the downstream outcomes they may lead to.',
    }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Outcome' });

export type ChangeOutcome = z.infer<typeof ChangeOutcomeSchema>;
export type ChangeOutcomeInput = z.input<typeof ChangeOutcomeSchema>;
export type OutcomeKind = z.infer<typeof OutcomeKindSchema>;
export type OutcomeSupport = z.infer<typeof OutcomeSupportSchema>;
