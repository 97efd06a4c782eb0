import { z } from 'zod';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { markdownText, plainText } from '../schema/text.js';

export const PrincipleSchema = z
  .object({
    title: plainText({ title: 'Principle', max: 150, required: 'Enter the principle' }),
    description: markdownText({
      title: 'What it means',
      max: 1500,
      required: 'Describe the principle',
    }),
    crossCutting: z.boolean().default(false).meta({
      title: 'Cross-cutting',
      description: 'Runs through all the other principles rather than standing beside them.',
    }),
  })
  .meta({ title: 'Principle' });

/** A published set of principles of peer support, kept together as its authors wrote it. */
export const PrincipleSetSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    title: plainText({ title: 'Name of the set', max: 150, required: 'Enter the name' }),
    summary: markdownText({
      title: 'About this set',
      description: 'Where the set comes from and what it is used for.',
      max: 1500,
      required: 'Say where the set comes from',
    }),
    principles: z
      .array(PrincipleSchema)
      .min(1, 'Add at least one principle')
      .max(20)
      .meta({ title: 'Principles' }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Principle set' });

export type PrincipleSet = z.infer<typeof PrincipleSetSchema>;
export type PrincipleSetInput = z.input<typeof PrincipleSetSchema>;
export type Principle = z.infer<typeof PrincipleSchema>;
