import {
  ChangePasswordRequestSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type SessionInfo,
  SessionInfoSchema,
} from '@peer-toolkit/core';
import { useId, useState } from 'react';
import { call } from '../api/client.js';
import { FormErrorSummary, TextField } from '../pages/form-fields.js';
import { useFormSubmission } from '../pages/use-form-submission.js';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The password rules in words: the same ones the API applies (ASVS: length, not common). */
export function PasswordRules({ forSomeoneElse = false }: { forSomeoneElse?: boolean }) {
  return (
    <div>
      <p className="admin-hint-text">{forSomeoneElse ? 'A password' : 'Your new password'} must:</p>
      <ul className="ptk-list admin-rules">
        <li>
          be {PASSWORD_MIN_LENGTH} to {PASSWORD_MAX_LENGTH} characters long
        </li>
        <li>not be a commonly used password, such as one that has been leaked online</li>
        <li>not be {forSomeoneElse ? 'their' : 'your'} email address</li>
      </ul>
      <p className="admin-hint-text">
        There are no rules about capitals, numbers or symbols, and spaces are fine. A few unrelated
        words make a strong password that is easy to remember.
      </p>
    </div>
  );
}

/**
 * Current and new password. The length rules are checked here; whether a password is too common
 * needs the server's list, so that message comes back from the API against the same field.
 */
export function ChangePasswordForm({
  email,
  forced = false,
  onChanged,
}: {
  email: string;
  forced?: boolean;
  onChanged: (session: SessionInfo) => void;
}) {
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [showPasswords, setShowPasswords] = useState(false);
  const { errors, attempt, busy, submit } = useFormSubmission({
    schema: ChangePasswordRequestSchema,
    fields: FIELDS,
    // The schema's message for an empty password is about its length.
    adjustErrors: (found) =>
      values.newPassword === '' ? { ...found, newPassword: 'Enter a new password' } : found,
    send: async (request) => {
      const { data } = await call('POST', '/admin/auth/password', {
        schema: SessionInfoSchema,
        body: request,
      });
      setValues({ currentPassword: '', newPassword: '' });
      onChanged(data);
    },
  });

  const type = showPasswords ? 'text' : 'password';
  return (
    <>
      <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
      <form
        onSubmit={(event) => void submit(event, values)}
        noValidate
        className="admin-narrow-form"
      >
        {/* Lets password managers save the new password against the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          id={fieldId('currentPassword')}
          name="currentPassword"
          label={forced ? 'Temporary password' : 'Current password'}
          hint={forced ? 'The password you were given and have just signed in with.' : undefined}
          error={errors.currentPassword}
          type={type}
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(event) => setValues({ ...values, currentPassword: event.target.value })}
          required
        />
        <TextField
          id={fieldId('newPassword')}
          name="newPassword"
          label="New password"
          hint={<PasswordRules />}
          error={errors.newPassword}
          type={type}
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(event) => setValues({ ...values, newPassword: event.target.value })}
          required
        />
        <div className="ptk-form-group ptk-choice">
          <input
            type="checkbox"
            id={fieldId('show')}
            checked={showPasswords}
            onChange={(event) => setShowPasswords(event.target.checked)}
          />
          <label htmlFor={fieldId('show')}>Show passwords</label>
        </div>
        <p className="ptk-secondary">
          Changing your password signs you out everywhere else, such as on another computer.
        </p>
        <button type="submit" className="ptk-button" disabled={busy}>
          {forced ? 'Save new password and continue' : 'Change password'}
        </button>
      </form>
    </>
  );
}
