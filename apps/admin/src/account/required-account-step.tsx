import type { SessionInfo } from '@peer-toolkit/core';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { PlainFrame } from '../layout/plain-frame.js';
import { SuccessMessage, useDocumentTitle } from '../pages/form-fields.js';
import { SignInForm } from '../pages/sign-in-page.js';
import { useSession } from '../session/session-context.js';
import { endSessionOnServer } from '../session/sign-out.js';
import { setAccountFlash } from './account-flash.js';
import { ChangePasswordForm } from './change-password-form.js';
import { SecondFactorSetup } from './second-factor-setup.js';

export type RequiredStep = 'password' | 'second-factor';

/**
 * What a signed-in user must do before any other screen: a temporary password comes first
 * (the API allows nothing else until it is changed), then a second factor the role requires.
 */
export function requiredAccountStep(session: SessionInfo): RequiredStep | undefined {
  if (session.user?.mustChangePassword) return 'password';
  if (session.stage === 'enrol-second-factor') return 'second-factor';
  return undefined;
}

/**
 * The whole app while a step is required: a plain header with sign-out and the one form, at
 * whatever address the user asked for. When the last step is done they land on their account
 * page with a confirmation and a link on to where they were going.
 */
export function RequiredAccountStep({ step }: { step: RequiredStep }) {
  const { session, setSession, expired } = useSession();
  const [location, navigate] = useLocation();
  const returnTo = useRef(location);
  const [message, setMessage] = useState<string | undefined>();
  const user = session?.user;

  const finish = (next: SessionInfo, text: string) => {
    if (requiredAccountStep(next)) {
      setMessage(text);
    } else {
      setAccountFlash({ message: text, returnTo: returnTo.current });
      navigate('/account');
    }
    setSession(next);
  };

  const signOut = async () => {
    await endSessionOnServer();
    setSession(null);
  };

  return (
    <PlainFrame who={user?.displayName} onSignOut={() => void signOut()}>
      {expired ? (
        <SignInForm
          heading="Your session has ended"
          intro="Sign in again to carry on where you were."
        />
      ) : (
        <>
          <SuccessMessage message={message} />
          {step === 'password' ? (
            <PasswordStep
              email={user?.email ?? ''}
              secondFactorNext={session?.stage === 'enrol-second-factor'}
              onDone={(next) =>
                finish(next, 'Your password has been changed. Use it from now on when you sign in.')
              }
            />
          ) : (
            <SecondFactorStep
              onDone={(next) =>
                finish(
                  next,
                  'Two-step verification is on. You will be asked for a code each time you sign in.',
                )
              }
            />
          )}
        </>
      )}
    </PlainFrame>
  );
}

function PasswordStep({
  email,
  secondFactorNext,
  onDone,
}: {
  email: string;
  secondFactorNext: boolean;
  onDone: (next: SessionInfo) => void;
}) {
  useDocumentTitle('Choose a new password');
  return (
    <div className="ptk-two-thirds">
      <h1>Choose a new password</h1>
      <p className="ptk-lead">
        You signed in with a temporary password. Choose your own password before you carry on.
      </p>
      {secondFactorNext ? (
        <p>After this, your role needs you to set up two-step verification.</p>
      ) : null}
      <ChangePasswordForm email={email} forced onChanged={onDone} />
    </div>
  );
}

function SecondFactorStep({ onDone }: { onDone: (next: SessionInfo) => void }) {
  useDocumentTitle('Set up two-step verification');
  return (
    <div className="ptk-two-thirds">
      <h1>Set up two-step verification</h1>
      <p className="ptk-lead">
        Your role must use two-step verification. Set it up now to carry on: each time you sign in,
        you will enter a code from an app as well as your password.
      </p>
      <SecondFactorSetup forced onEnabled={onDone} />
    </div>
  );
}
