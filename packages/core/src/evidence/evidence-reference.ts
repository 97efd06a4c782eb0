import { z } from 'zod';
import { META_EVIDENCE } from '../schema/meta-keys.js';
import { referenceTo } from '../schema/reference.js';

/**
 * How strongly the cited publication supports a claim. The site shows this next to every claim so
 * readers can tell a finding of the research from practical advice.
 */
export const EvidenceStrengthSchema = z
  .enum(['research-finding', 'related-evidence', 'suggested-practice'])
  .meta({
    title: 'Strength of evidence',
    description:
      'Research finding: reported by the research programme behind the toolkit (its case studies and the study that led to them). Related evidence: other studies, reviews, principles and frameworks. Suggested practice: practical advice drawn from the evidence, not itself tested.',
  });

export const evidenceStrengthLabels = {
  'research-finding': 'Research finding',
  'related-evidence': 'Related evidence',
  'suggested-practice': 'Suggested practice',
} as const satisfies Record<z.infer<typeof EvidenceStrengthSchema>, string>;

export const EvidenceReferenceSchema = z
  .object({
    publicationId: referenceTo('publications', { title: 'Publication' }),
    locator: z.string().trim().min(1).max(120).optional().meta({
      title: 'Where in the publication',
      description: 'Optional page, section or table, like "p. 440" or "Table 2".',
    }),
    strength: EvidenceStrengthSchema,
  })
  .meta({ title: 'Evidence' });

/**
 * The evidence behind one claim. Drafts may leave it empty while being written; the integrity
 * rules refuse to publish a claim without evidence.
 */
export const EvidenceListSchema = z
  .array(EvidenceReferenceSchema)
  .max(12)
  .default([])
  .meta({
    title: 'Evidence',
    description: 'The publications that support this, with how strongly.',
    [META_EVIDENCE]: true,
  });

export type EvidenceStrength = z.infer<typeof EvidenceStrengthSchema>;
export type EvidenceReference = z.infer<typeof EvidenceReferenceSchema>;
