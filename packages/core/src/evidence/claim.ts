import { z } from 'zod';
import { markdownText } from '../schema/text.js';
import { EvidenceListSchema } from './evidence-reference.js';

/** A statement with the evidence behind it: a finding, a consideration or a piece of advice. */
export const ClaimSchema = z
  .object({
    text: markdownText({ title: 'Text', max: 2000, required: 'Enter the text' }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Statement with evidence' });

export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;

export function claimList(meta: { title: string; description?: string }) {
  return z.array(ClaimSchema).max(30).default([]).meta(meta);
}
