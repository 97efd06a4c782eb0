import { type SessionInfo, SessionInfoSchema, TotpDisableRequestSchema } from '@peer-toolkit/core';
import { useId, useState } from 'react';
import { call } from '../api/client.js';
import { CodeField } from '../pages/code-field.js';
import { FormErrorSummary, TextField } from '../pages/form-fields.js';
import { useFormSubmission } from '../pages/use-form-submission.js';

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
  const { errors, attempt, busy, submit } = useFormSubmission({
    schema: TotpDisableRequestSchema,
    fields: FIELDS,
    send: async (request) => {
      const { data } = await call('POST', '/admin/auth/second-factor/disable', {
        schema: SessionInfoSchema,
        body: request,
      });
      setValues({ password: '', code: '' });
      onDisabled(data);
    },
  });

  return (
    <>
      <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
      <form
        onSubmit={(event) => void submit(event, values)}
        noValidate
        className="admin-narrow-form"
      >
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
        <CodeField
          id={fieldId('code')}
          hint="The 6-digit code the app shows now."
          error={errors.code}
          value={values.code}
          onChange={(event) => setValues({ ...values, code: event.target.value })}
        />
        <button type="submit" className="ptk-button ptk-button--warning" disabled={busy}>
          Turn off two-step verification
        </button>
      </form>
    </>
  );
}
