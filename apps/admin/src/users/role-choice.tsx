import { type Role, RoleSchema, roleLabels } from '@peer-toolkit/core';
import { FieldError } from '../pages/form-fields.js';

/** What each role may do, in words; each role includes the ones before it. */
export const roleDescriptions = {
  editor: 'Writes and changes drafts, and submits them for review.',
  publisher: 'Also publishes, unpublishes and restores content.',
  admin: 'Also manages users, security settings and reads the audit log.',
} as const satisfies Record<Role, string>;

/**
 * The role as radio buttons with what each may do. The first radio carries `id`, so an error
 * summary link lands on the group.
 */
export function RoleChoice({
  id,
  value,
  error,
  hint,
  onChange,
}: {
  id: string;
  value: Role | '';
  error?: string | undefined;
  hint?: string | undefined;
  onChange: (role: Role) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`ptk-form-group${error ? ' ptk-form-group--error' : ''}`}>
      <fieldset className="ptk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="ptk-fieldset__legend">Role</legend>
        {hint ? (
          <p className="ptk-hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? <FieldError id={`${id}-error`} message={error} /> : null}
        <div className="ptk-radios">
          {RoleSchema.options.map((role, index) => {
            const radioId = index === 0 ? id : `${id}-${role}`;
            return (
              <div className="ptk-choice" key={role}>
                <input
                  type="radio"
                  id={radioId}
                  name={id}
                  value={role}
                  checked={value === role}
                  onChange={() => onChange(role)}
                  aria-describedby={`${radioId}-desc`}
                />
                <div>
                  <label htmlFor={radioId}>{roleLabels[role]}</label>
                  <span className="ptk-hint admin-choice-hint" id={`${radioId}-desc`}>
                    {roleDescriptions[role]}
                  </span>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

const rolePlurals = {
  editor: 'editors',
  publisher: 'publishers',
  admin: 'admins',
} as const satisfies Record<Role, string>;

/** ['admin', 'publisher'] → "admins and publishers", in the roles' own order. */
export function rolesInWords(roles: readonly Role[]): string {
  const words = RoleSchema.options
    .filter((role) => roles.includes(role))
    .map((r) => rolePlurals[r]);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
