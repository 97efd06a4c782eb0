import { z } from 'zod';

/**
 * Editors write drafts and submit them for review; publishers also publish, unpublish and
 * restore; admins also manage users and read the audit log. Each role includes the ones before.
 */
export const RoleSchema = z.enum(['editor', 'publisher', 'admin']).meta({ title: 'Role' });
export type Role = z.infer<typeof RoleSchema>;

export const roleLabels = {
  editor: 'Editor',
  publisher: 'Publisher',
  admin: 'Admin',
} as const satisfies Record<Role, string>;

const rank: Record<Role, number> = { editor: 1, publisher: 2, admin: 3 };

/** True when `role` may do what `required` may do. */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}
