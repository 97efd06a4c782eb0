import { z } from 'zod';
import { claimList } from '../evidence/claim.js';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { markdownText, plainText } from '../schema/text.js';
import { EmployerSectorSchema } from './peer-worker-role.js';

/** One of the organisational contexts the research compared. */
export const OrganisationalContextSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    order: z.number().int().min(0).max(999).meta({ title: 'Order shown' }),
    title: plainText({ title: 'Context', max: 150, required: 'Enter the context' }),
    sector: EmployerSectorSchema,
    summary: markdownText({ title: 'Summary', max: 1500, required: 'Enter a summary' }),
    findings: claimList({ title: 'What the research found' }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Organisational context' });

export type OrganisationalContext = z.infer<typeof OrganisationalContextSchema>;
export type OrganisationalContextInput = z.input<typeof OrganisationalContextSchema>;
