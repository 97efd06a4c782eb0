import {
  LoginRequestSchema,
  SecondFactorRequestSchema,
  type SessionInfo,
  SessionInfoSchema,
} from '@peer-toolkit/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { call } from '../api/client.js';
import { useSession } from '../session/session-context.js';
import { endSessionOnServer } from '../session/sign-out.js';
import { CodeField } from './code-field.js';
import { FormErrorSummary, TextField, useDocumentTitle } from './form-fields.js';
import { useFormSubmission } from './use-form-submission.js';

/**
 * Sign-in, and the second step when the account uses a code. Shown as a page, or inside the
 * "session ended" dialog over a screen (`keepScreen`): there the new session is only handed to
 * the app once it is complete, so the screen underneath, and whatever was typed in it, stays.
 */
export function SignInForm({
  heading = 'Sign in',
  intro,
  keepScreen = false,
}: {
  heading?: string;
  intro?: string;
  keepScreen?: boolean;
}) {
  const { session, setSession } = useSession();
  const id = useId();
  // In the dialog, the half-finished session (password right, code still to come) stays here.
  const [pendingSecondStep, setPendingSecondStep] = useState(false);
  const secondStep = pendingSecondStep || (!keepScreen && session?.stage === 'second-factor');
  const Heading = keepScreen ? 'h2' : 'h1';
  const title = secondStep ? 'Enter your code' : heading;
  const fieldId = (name: string) => `${id}-${name}`;

  const finish = (next: SessionInfo) => {
    if (keepScreen && next.stage === 'second-factor') {
      setPendingSecondStep(true);
      return;
    }
    setSession(next);
  };

  const { errors, setErrors, attempt, busy, submit } = useFormSubmission({
    schema: secondStep ? SecondFactorRequestSchema : LoginRequestSchema,
    fields: secondStep ? ['code'] : ['email', 'password'],
    send: async (request) => {
      const path = secondStep ? '/admin/auth/second-factor' : '/admin/auth/sign-in';
      const { data } = await call('POST', path, { schema: SessionInfoSchema, body: request });
      finish(data);
    },
  });

  const signIn = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    return submit(
      event,
      secondStep
        ? { code: form.get('code') }
        : { email: form.get('email'), password: form.get('password') },
    );
  };

  // Leaves the half-finished sign-in, for someone who cannot get a code now.
  const startAgain = async () => {
    await endSessionOnServer();
    setErrors({});
    if (pendingSecondStep) setPendingSecondStep(false);
    else setSession(null);
  };

  return (
    <div className="ptk-two-thirds">
      {keepScreen ? null : <PageTitle title={title} />}
      <Heading id={`${id}-title`}>{title}</Heading>
      {secondStep ? (
        <p>Your account uses two-step verification. Open your authenticator app to get a code.</p>
      ) : intro ? (
        <p>{intro}</p>
      ) : null}
      <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
      <form onSubmit={(event) => void signIn(event)} noValidate aria-labelledby={`${id}-title`}>
        {secondStep ? (
          <CodeField
            id={fieldId('code')}
            hint="The 6-digit code the app shows now. A new code appears every 30 seconds."
            error={errors.code}
          />
        ) : (
          <>
            <TextField
              id={fieldId('email')}
              name="email"
              label="Email address"
              error={errors.email}
              type="email"
              autoComplete="username"
              spellCheck={false}
              // Signing in again after a session ended is nearly always the same person.
              defaultValue={keepScreen ? session?.user?.email : undefined}
              required
            />
            <TextField
              id={fieldId('password')}
              name="password"
              label="Password"
              error={errors.password}
              type="password"
              autoComplete="current-password"
              required
            />
          </>
        )}
        <div className="ptk-button-group">
          <button type="submit" className="ptk-button" disabled={busy}>
            {secondStep ? 'Continue' : 'Sign in'}
          </button>
          {secondStep ? (
            <button
              type="button"
              className="ptk-button ptk-button--secondary"
              onClick={() => void startAgain()}
            >
              Cancel and start again
            </button>
          ) : null}
        </div>
        {secondStep ? (
          <p className="ptk-secondary">
            Lost the device with your authenticator app? Ask an admin to reset your two-step
            verification.
          </p>
        ) : (
          <p className="ptk-secondary">Forgotten your password? Ask an admin to reset it.</p>
        )}
      </form>
    </div>
  );
}

function PageTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

/**
 * Shown over the screen when the API says the session has ended. A modal <dialog> keeps focus
 * inside it and makes the page underneath inert, without unmounting it.
 */
export function SessionEndedDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    // With the email filled in, the password is what is left to type.
    const email = dialog?.querySelector<HTMLInputElement>('input[name="email"]');
    if (email?.value) dialog?.querySelector<HTMLInputElement>('input[name="password"]')?.focus();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="admin-dialog"
      aria-label="Your session has ended"
      // Escape would leave a screen that cannot save: signing in again is the way on.
      onCancel={(event) => event.preventDefault()}
    >
      <SignInForm
        heading="Your session has ended"
        intro="Sign in again to carry on. What you were typing is kept on this computer and will still be there."
        keepScreen
      />
    </dialog>
  );
}
