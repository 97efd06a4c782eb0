import { z } from 'zod';

/**
 * The groups the research says must plan a peer worker role together, so that they share the same
 * expectations of it.
 */
export const StakeholderGroupSchema = z
  .enum(['peer-workers', 'people-using-services', 'team-colleagues', 'managers'])
  .meta({ title: 'Stakeholder group' });

export type StakeholderGroup = z.infer<typeof StakeholderGroupSchema>;

export const stakeholderGroups = StakeholderGroupSchema.options;

export const stakeholderGroupLabels = {
  'peer-workers': 'Peer workers',
  'people-using-services': 'People who use services',
  'team-colleagues': 'Team colleagues',
  managers: 'Managers',
} as const satisfies Record<StakeholderGroup, string>;
