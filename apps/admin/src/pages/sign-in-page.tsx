import {
  LoginRequestSchema,
  SecondFactorRequestSchema,
  SessionInfoSchema,
} from '@peer-toolkit/core';
import { ErrorSummary } from '@peer-toolkit/ui';
import { type FormEvent, useId, useState } from 'react';
import { ApiProblem, call } from '../api/client.js';
import { useSession } from '../session/session-context.js';

/**
 * Sign-in, and the second step when the account uses a code. Shown as a page, or as a panel over
 * the editor when a session ends mid-work, so nothing typed is lost.
 */
export function SignInForm({ heading = 'Sign in', intro }: { heading?: string; intro?: string }) {
  const { session, setSession } = useSession();
  const id = useId();
  const [error, setError] = useState<{ field: string; message: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const secondStep = session?.stage === 'second-factor';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const request = secondStep
        ? SecondFactorRequestSchema.safeParse({ code: form.get('code') })
        : LoginRequestSchema.safeParse({
            email: form.get('email'),
            password: form.get('password'),
          });
      if (!request.success) {
        const issue = request.error.issues[0];
        setError({
          field: String(issue?.path[0] ?? 'email'),
          message: issue?.message ?? 'Check what you entered',
        });
        return;
      }
      const path = secondStep ? '/admin/auth/second-factor' : '/admin/auth/sign-in';
      const { data } = await call('POST', path, { schema: SessionInfoSchema, body: request.data });
      setSession(data);
    } catch (problem) {
      const message =
        problem instanceof ApiProblem
          ? problem.problem.detail
          : 'Could not reach the server. Try again.';
      setError({ field: secondStep ? 'code' : 'email', message });
    } finally {
      setBusy(false);
    }
  };

  const fieldId = (name: string) => `${id}-${name}`;
  return (
    <div className="ptk-two-thirds">
      <h1>{secondStep ? 'Enter your code' : heading}</h1>
      {intro ? <p>{intro}</p> : null}
      <ErrorSummary
        errors={error ? [{ href: `#${fieldId(error.field)}`, message: error.message }] : []}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        {secondStep ? (
          <div className={`ptk-form-group${error ? ' ptk-form-group--error' : ''}`}>
            <label className="ptk-label" htmlFor={fieldId('code')}>
              Code from your authenticator app
            </label>
            <span className="ptk-hint" id={`${fieldId('code')}-hint`}>
              The 6-digit code the app shows now.
            </span>
            <input
              className="ptk-input admin-input--short"
              id={fieldId('code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-describedby={`${fieldId('code')}-hint`}
            />
          </div>
        ) : (
          <>
            <div className="ptk-form-group">
              <label className="ptk-label" htmlFor={fieldId('email')}>
                Email address
              </label>
              <input
                className="ptk-input"
                id={fieldId('email')}
                name="email"
                type="email"
                autoComplete="username"
                spellCheck={false}
              />
            </div>
            <div className="ptk-form-group">
              <label className="ptk-label" htmlFor={fieldId('password')}>
                Password
              </label>
              <input
                className="ptk-input"
                id={fieldId('password')}
                name="password"
                type="password"
                autoComplete="current-password"
              />
            </div>
          </>
        )}
        <button type="submit" className="ptk-button" disabled={busy}>
          {secondStep ? 'Continue' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
