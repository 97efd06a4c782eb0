import { type AuditAction, AuditActionSchema } from '@peer-toolkit/core';

/** Each action in words, as "who did what": a new action in core fails the type check here. */
export const auditActionLabels = {
  'login.success': 'Signed in',
  'login.failure': 'Failed to sign in',
  'login.throttled': 'Sign-in slowed down after repeated failures',
  'login.second-factor-failure': 'Entered a wrong two-step code',
  logout: 'Signed out',
  'password.change': 'Changed their password',
  'second-factor.enable': 'Turned on two-step verification',
  'second-factor.disable': 'Turned off two-step verification',
  'content.create': 'Created an item',
  'content.save': 'Saved a draft',
  'content.submit': 'Submitted for review',
  'content.publish': 'Published',
  'content.publish-refused': 'Tried to publish, refused',
  'content.unpublish': 'Unpublished',
  'content.delete': 'Deleted',
  'content.undelete': 'Brought back a deleted item',
  'content.restore-revision': 'Restored an old revision as a draft',
  'content.import': 'Imported content',
  'user.create': 'Added a user',
  'user.update': 'Changed a user',
  'user.password-reset': 'Reset a user’s password',
  'user.sessions-ended': 'Ended a user’s sessions',
  'user.second-factor-reset': 'Reset a user’s two-step verification',
  'settings.update': 'Changed the security settings',
} as const satisfies Record<AuditAction, string>;

export interface ActionOption {
  /** An action, or a prefix such as "content." that the API takes as the whole group. */
  value: string;
  label: string;
}

export interface ActionGroup {
  label: string;
  options: ActionOption[];
}

const groupSpecs: { label: string; prefix?: string; allLabel?: string; also?: AuditAction[] }[] = [
  { label: 'Content', prefix: 'content.', allLabel: 'All content changes' },
  {
    label: 'Signing in and out',
    prefix: 'login.',
    allLabel: 'All sign-in attempts',
    also: ['logout'],
  },
  {
    label: 'Own account',
    prefix: 'second-factor.',
    allLabel: 'All two-step verification changes',
    also: ['password.change'],
  },
  { label: 'Users', prefix: 'user.', allLabel: 'All changes to users' },
  { label: 'Settings', also: ['settings.update'] },
];

const option = (action: AuditAction): ActionOption => ({
  value: action,
  label: auditActionLabels[action],
});

/**
 * The choices of the action filter, grouped. Each group with a prefix starts with a choice for
 * the whole group; an action core adds later appears under "Other" until it is placed.
 */
export const actionGroups: readonly ActionGroup[] = (() => {
  const placed = new Set<AuditAction>();
  const groups = groupSpecs.map((spec) => {
    const actions = [
      ...(spec.prefix
        ? AuditActionSchema.options.filter((action) => action.startsWith(spec.prefix as string))
        : []),
      ...(spec.also ?? []),
    ];
    for (const action of actions) placed.add(action);
    return {
      label: spec.label,
      options: [
        ...(spec.prefix && spec.allLabel ? [{ value: spec.prefix, label: spec.allLabel }] : []),
        ...actions.map(option),
      ],
    };
  });
  const others = AuditActionSchema.options.filter((action) => !placed.has(action));
  return others.length ? [...groups, { label: 'Other', options: others.map(option) }] : groups;
})();

/** Words for a filter value: one action, or a whole group. */
export function describeActionFilter(value: string): string {
  for (const group of actionGroups) {
    const found = group.options.find((candidate) => candidate.value === value);
    if (found) return found.label;
  }
  return value;
}
