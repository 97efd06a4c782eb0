import {
  CreateUserRequestSchema,
  type Role,
  roleLabels,
  TemporaryPasswordResponseSchema,
  type User,
} from '@peer-toolkit/core';
import { useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { z } from 'zod';
import { PasswordRules } from '../account/change-password-form.js';
import { call } from '../api/client.js';
import {
  FormErrorSummary,
  SuccessMessage,
  TextField,
  useDocumentTitle,
} from '../pages/form-fields.js';
import { NoPermission } from '../pages/no-permission.js';
import { useFormSubmission } from '../pages/use-form-submission.js';
import { useSession } from '../session/session-context.js';
import { RoleChoice } from './role-choice.js';
import { TemporaryPassword } from './temporary-password.js';

const FIELDS = ['email', 'displayName', 'role', 'password'] as const;
// The API answers null when the admin chose the password.
const CreatedSchema = TemporaryPasswordResponseSchema.extend({
  temporaryPassword: z.string().nullable(),
});

interface Created {
  user: User;
  temporaryPassword: string | null;
}

export function NewUserPage() {
  const { can } = useSession();
  if (!can('admin')) return <NoPermission what="add users" />;
  return <NewUser />;
}

const empty = { email: '', displayName: '', role: '' as Role | '', password: '' };

// An empty password is left out, so that the API makes a temporary one.
function requestFrom(values: typeof empty) {
  return {
    email: values.email,
    displayName: values.displayName,
    role: values.role || undefined,
    ...(values.password ? { password: values.password } : {}),
  };
}

/**
 * Adding a user. Without a password, the API makes a temporary one, shown here once, which the
 * user must change at first sign-in.
 */
function NewUser() {
  useDocumentTitle('Add a user');
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const [values, setValues] = useState(empty);
  const [created, setCreated] = useState<Created | undefined>();
  const [passwordHidden, setPasswordHidden] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [addingAnother, setAddingAnother] = useState(false);

  // "Add another user" replaces the button with the form: start at its first field.
  useEffect(() => {
    if (!addingAnother) return;
    document.getElementById(`${id}-email`)?.focus();
    setAddingAnother(false);
  }, [addingAnother, id]);

  const { errors, attempt, busy, submit } = useFormSubmission({
    schema: CreateUserRequestSchema,
    fields: FIELDS,
    // The schema's message for a missing role is a generic one.
    adjustErrors: (found) => (values.role ? found : { ...found, role: 'Choose a role' }),
    send: async (request) => {
      const { data } = await call('POST', '/admin/users', {
        schema: CreatedSchema,
        body: request,
      });
      setCreated(data);
      setPasswordHidden(false);
      setMessage(
        `${data.user.displayName} (${data.user.email}) can now sign in as ${an(roleLabels[data.user.role].toLowerCase())}.`,
      );
      setValues(empty);
    },
  });

  if (created) {
    const { user, temporaryPassword } = created;
    return (
      <>
        <h1>User added</h1>
        <SuccessMessage message={message} />
        {temporaryPassword && !passwordHidden ? (
          <TemporaryPassword
            name={user.displayName}
            email={user.email}
            password={temporaryPassword}
            onHide={() => {
              setPasswordHidden(true);
              setMessage(
                'The temporary password is hidden and cannot be shown again. If it was lost, reset their password on their page.',
              );
            }}
          />
        ) : temporaryPassword ? null : (
          <p>
            They sign in with the password you chose. Give it to them in a safe way, such as by
            phone or in person.
          </p>
        )}
        <ul className="ptk-list admin-next-steps">
          <li>
            <Link href={`/users/${encodeURIComponent(user.id)}`}>Go to {user.displayName}</Link>
          </li>
          <li>
            <button
              type="button"
              className="admin-text-button"
              onClick={() => {
                setCreated(undefined);
                setMessage(undefined);
                setAddingAnother(true);
              }}
            >
              Add another user
            </button>
          </li>
          <li>
            <Link href="/users">Back to users</Link>
          </li>
        </ul>
      </>
    );
  }

  return (
    <div className="ptk-two-thirds">
      <p>
        <Link href="/users">Back to users</Link>
      </p>
      <h1>Add a user</h1>
      <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
      <form
        onSubmit={(event) => void submit(event, requestFrom(values))}
        noValidate
        className="admin-narrow-form"
      >
        <TextField
          id={fieldId('email')}
          name="email"
          label="Email address"
          hint="They sign in with this."
          error={errors.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={(event) => setValues({ ...values, email: event.target.value })}
          required
        />
        <TextField
          id={fieldId('displayName')}
          name="displayName"
          label="Name"
          hint="Shown in the admin next to the changes they make."
          error={errors.displayName}
          autoComplete="off"
          value={values.displayName}
          onChange={(event) => setValues({ ...values, displayName: event.target.value })}
          required
        />
        <RoleChoice
          id={fieldId('role')}
          value={values.role}
          error={errors.role}
          hint="Give people the least they need. Each role can do everything the one above it can."
          onChange={(role) => setValues({ ...values, role })}
        />
        <TextField
          id={fieldId('password')}
          name="password"
          label="Password (optional)"
          hint={
            <>
              <p className="admin-hint-text">
                Leave this empty and a temporary password will be made for you to pass on. They must
                change it when they first sign in. A password you choose here is not changed at
                first sign-in.
              </p>
              <PasswordRules forSomeoneElse />
            </>
          }
          error={errors.password}
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
        />
        <button type="submit" className="ptk-button" disabled={busy}>
          Add user
        </button>
      </form>
    </div>
  );
}

function an(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
