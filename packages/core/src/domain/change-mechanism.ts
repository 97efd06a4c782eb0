import { z } from 'zod';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { referenceListTo } from '../schema/reference.js';
import { markdownText, plainText } from '../schema/text.js';

export const SubThemeSchema = z
  .object({
    title: plainText({ title: 'Sub-theme', max: 150, required: 'Enter the sub-theme' }),
    description: markdownText({
      title: 'Description',
      max: 2000,
      required: 'Describe the sub-theme',
    }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Sub-theme' });

/** One way peer work brings about change, in the change model. */
export const ChangeMechanismSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    title: plainText({ title: 'Mechanism', max: 150, required: 'Enter the mechanism' }),
    summary: markdownText({ title: 'Summary', max: 1500, required: 'Enter a summary' }),
    subThemes: z.array(SubThemeSchema).max(12).default([]).meta({ title: 'Sub-themes' }),
    outcomeIds: referenceListTo('outcomes', {
      title: 'Leads to outcomes',
      description: 'The outcomes this mechanism is expected to bring about.',
    }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Change mechanism' });

export type ChangeMechanism = z.infer<typeof ChangeMechanismSchema>;
export type ChangeMechanismInput = z.input<typeof ChangeMechanismSchema>;
export type SubTheme = z.infer<typeof SubThemeSchema>;
