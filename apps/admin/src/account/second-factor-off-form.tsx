import { type SessionInfo, SessionInfoSchema, TotpDisableRequestSchema } from '@peer-toolkit/core';
import { type FormEvent, useId, useState } from 'react';
import { call } from '../api/client.js';
import {
  type FieldErrors,
  FormErrorSummary,
  fieldErrorsFromProblem,
  fieldErrorsFromZod,
  TextField,
} from '../pages/form-fields.js';

const FIELDS = ['password', 'code'] as const;

/**
 * Turning two-step verification off asks for the password and a current code, so someone who
 * finds a signed-in computer cannot do it. The API refuses where the role requires it.
 */
export function SecondFactorOffForm({
  onDisabled,
}: {
  onDisabled: (session: SessionInfo) => void;
}) {
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const [values, setValues] = useState({ password: '', code: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const request = TotpDisableRequestSchema.safeParse(values);
    if (!request.success) {
      setErrors(fieldErrorsFromZod(request.error));
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const { data } = await call('POST', '/admin/auth/second-factor/disable', {
        schema: SessionInfoSchema,
        body: request.data,
      });
      setValues({ password: '', code: '' });
      onDisabled(data);
    } catch (problem) {
      setErrors(fieldErrorsFromProblem(problem, FIELDS, 'password'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
      <form onSubmit={(event) => void submit(event)} noValidate className="admin-narrow-form">
        <TextField
          id={fieldId('password')}
          name="password"
          label="Your password"
          error={errors.password}
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
          required
        />
        <TextField
          id={fieldId('code')}
          name="code"
          label="Code from your authenticator app"
          hint="The 6-digit code the app shows now."
          error={errors.code}
          className="ptk-input admin-input--short"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          value={values.code}
          onChange={(event) => setValues({ ...values, code: event.target.value })}
          required
        />
        <button type="submit" className="ptk-button ptk-button--warning" disabled={busy}>
          Turn off two-step verification
        </button>
      </form>
    </>
  );
}
