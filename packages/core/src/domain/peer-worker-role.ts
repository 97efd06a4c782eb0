import { z } from 'zod';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { referenceListTo } from '../schema/reference.js';
import { markdownText, plainText } from '../schema/text.js';

export const EmployerSectorSchema = z
  .enum(['statutory', 'voluntary', 'partnership'])
  .meta({ title: 'Employer sector' });

export const employerSectorLabels = {
  statutory: 'NHS or statutory',
  voluntary: 'Voluntary sector',
  partnership: 'Partnership',
} as const satisfies Record<z.infer<typeof EmployerSectorSchema>, string>;

export const EmploymentBasisSchema = z
  .enum(['paid', 'voluntary', 'sessional'])
  .meta({ title: 'Employment basis' });

export const employmentBasisLabels = {
  paid: 'Paid',
  voluntary: 'Voluntary (unpaid)',
  sessional: 'Sessional',
} as const satisfies Record<z.infer<typeof EmploymentBasisSchema>, string>;

export const RoleSettingSchema = z
  .enum([
    'inpatient',
    'community',
    'crisis',
    'groups',
    'recovery-education',
    'arts-and-creative',
    'transitions-and-discharge',
    'online',
  ])
  .meta({ title: 'Setting' });

export const roleSettingLabels = {
  inpatient: 'Inpatient wards',
  community: 'Community teams',
  crisis: 'Crisis services',
  groups: 'Groups',
  'recovery-education': 'Recovery education',
  'arts-and-creative': 'Arts and creative projects',
  'transitions-and-discharge': 'Leaving hospital',
  online: 'Online',
} as const satisfies Record<z.infer<typeof RoleSettingSchema>, string>;

/** Whether a profile is one of the roles the research studied or a worked example. */
export const RoleProfileBasisSchema = z.enum(['studied', 'illustrative']).meta({
  title: 'Basis of this profile',
  description:
    'Studied: a role the research looked at. Illustrative: an example built from the evidence for a common setting.',
});

export const PeerWorkerRoleSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    title: plainText({ title: 'Role title', max: 120, required: 'Enter a role title' }),
    basis: RoleProfileBasisSchema,
    summary: markdownText({
      title: 'Summary',
      description: 'Two or three plain sentences on what the role is for.',
      max: 1200,
      required: 'Enter a summary of the role',
    }),
    sector: EmployerSectorSchema.optional().meta({
      title: 'Employer sector',
      description: 'Leave empty when the source does not say who employed the peer workers.',
    }),
    employmentBasis: z
      .array(EmploymentBasisSchema)
      .min(1, 'Choose at least one employment basis')
      .meta({
        title: 'Employment basis',
        description: 'Choose every basis the role is offered on.',
      }),
    settings: z
      .array(RoleSettingSchema)
      .min(1, 'Choose at least one setting')
      .meta({ title: 'Settings' }),
    activities: z
      .array(plainText({ title: 'Activity', max: 300, required: 'Enter the activity' }))
      .min(1, 'Add at least one main activity')
      .max(20)
      .meta({ title: 'Main activities' }),
    hours: plainText({
      title: 'Hours or pattern',
      description: 'Like "Part-time, two days a week" or "Sessional, per group run".',
      max: 200,
      required: 'Enter the hours or pattern of work',
    }),
    livedExperience: markdownText({
      title: 'Lived experience asked for',
      max: 1500,
      required: 'Enter what lived experience the role asks for',
    }),
    training: markdownText({ title: 'Training', max: 2000, required: 'Enter the training' }),
    supervision: markdownText({
      title: 'Supervision and line management',
      max: 2000,
      required: 'Enter how the role is supervised and managed',
    }),
    mechanismIds: referenceListTo('mechanisms', {
      title: 'Change mechanisms',
      description: 'How this role is expected to bring change.',
    }),
    relatedTopicIds: referenceListTo('topics', { title: 'Related toolkit topics' }),
    evidence: EvidenceListSchema,
  })
  .meta({ title: 'Peer worker role' });

export type PeerWorkerRole = z.infer<typeof PeerWorkerRoleSchema>;
export type PeerWorkerRoleInput = z.input<typeof PeerWorkerRoleSchema>;
export type EmployerSector = z.infer<typeof EmployerSectorSchema>;
export type EmploymentBasis = z.infer<typeof EmploymentBasisSchema>;
export type RoleSetting = z.infer<typeof RoleSettingSchema>;
