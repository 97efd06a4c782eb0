import {
  ChangePasswordRequestSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type SessionInfo,
  SessionInfoSchema,
} from '@peer-toolkit/core';
import { type FormEvent, useId, useState } from 'react';
import { call } from '../api/client.js';
import {
  type FieldErrors,
  FormErrorSummary,
  fieldErrorsFromProblem,
  fieldErrorsFromZod,
  TextField,
} from '../pages/form-fields.js';

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const request = ChangePasswordRequestSchema.safeParse(values);
    if (!request.success) {
      const found = fieldErrorsFromZod(request.error);
      if (values.newPassword === '') found.newPassword = 'Enter a new password';
      // In field order, so the summary lists them as the form does.
      const ordered: FieldErrors = {};
      for (const field of FIELDS) if (found[field]) ordered[field] = found[field];
      setErrors(ordered);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const { data } = await call('POST', '/admin/auth/password', {
        schema: SessionInfoSchema,
        body: request.data,
      });
      setValues({ currentPassword: '', newPassword: '' });
      onChanged(data);
    } catch (problem) {
      setErrors(fieldErrorsFromProblem(problem, FIELDS, 'currentPassword'));
    } finally {
      setBusy(false);
    }
  };

  const type = showPasswords ? 'text' : 'password';
  return (
    <>
      <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
      <form onSubmit={(event) => void submit(event)} noValidate className="admin-narrow-form">
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
