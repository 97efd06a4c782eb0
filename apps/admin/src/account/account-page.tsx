import {
  type Role,
  roleLabels,
  SecuritySettingsSchema,
  type SessionInfo,
} from '@peer-toolkit/core';
import { SummaryList, Tag } from '@peer-toolkit/ui';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { call } from '../api/client.js';
import { SuccessMessage, useDocumentTitle } from '../pages/form-fields.js';
import { useSession } from '../session/session-context.js';
import { takeAccountFlash } from './account-flash.js';
import { ChangePasswordForm } from './change-password-form.js';
import { SecondFactorOffForm } from './second-factor-off-form.js';
import { SecondFactorSetup } from './second-factor-setup.js';

const SIGNED_OUT_ELSEWHERE = 'You have been signed out on any other computers or browsers.';

/** Your account: who you are, your password and your two-step verification. */
export function AccountPage() {
  useDocumentTitle('Your account');
  const { session, setSession, can } = useSession();
  const [message, setMessage] = useState<ReactNode>();
  // Which roles must use a second factor: only admins may read the settings.
  const [requiredRoles, setRequiredRoles] = useState<readonly Role[] | undefined>();
  const isAdmin = can('admin');

  useEffect(() => {
    const flash = takeAccountFlash();
    if (!flash) return;
    const back = flash.returnTo !== '/' && flash.returnTo !== '/account';
    setMessage(
      <>
        <p>{flash.message}</p>
        <p>
          <Link href={back ? flash.returnTo : '/'}>
            {back ? 'Go on to the page you asked for' : 'Go to the content'}
          </Link>
        </p>
      </>,
    );
  }, []);

  useEffect(() => {
    if (!isAdmin) return;
    call('GET', '/admin/security-settings', { schema: SecuritySettingsSchema })
      .then(({ data }) => setRequiredRoles(data.secondFactorRequiredFor))
      .catch(() => setRequiredRoles(undefined));
  }, [isAdmin]);

  const user = session?.user;
  if (!user) return null;
  const roleRequiresIt = requiredRoles?.includes(user.role) ?? false;

  const done = (next: SessionInfo, text: string) => {
    setSession(next);
    setMessage(<p>{text}</p>);
  };

  return (
    <>
      <h1>Your account</h1>
      <SuccessMessage message={message} />
      <div className="admin-summary">
        <SummaryList
          rows={[
            { key: 'Name', value: user.displayName },
            { key: 'Email address', value: user.email },
            { key: 'Role', value: roleLabels[user.role] },
            {
              key: 'Two-step verification',
              value: user.totpEnabled ? <Tag tone="green">On</Tag> : <Tag>Off</Tag>,
            },
          ]}
        />
      </div>
      <p className="ptk-secondary">To change your name, email address or role, ask an admin.</p>

      <section aria-labelledby="account-password">
        <h2 id="account-password">Change your password</h2>
        <ChangePasswordForm
          email={user.email}
          onChanged={(next) =>
            done(next, `Your password has been changed. ${SIGNED_OUT_ELSEWHERE}`)
          }
        />
      </section>

      <section aria-labelledby="account-second-factor">
        <h2 id="account-second-factor">Two-step verification</h2>
        <p>
          Two-step verification asks for a code from an app on your phone or computer each time you
          sign in, as well as your password. Someone who learns your password still cannot sign in
          as you.
        </p>
        {user.totpEnabled ? (
          <>
            <p>
              <strong>Two-step verification is on.</strong>
            </p>
            {roleRequiresIt ? (
              <p>
                Your role ({roleLabels[user.role]}) must use two-step verification, so you cannot
                turn it off. To use a new phone, ask another admin to reset it, then set it up
                again.
              </p>
            ) : (
              <>
                <h3>Turn off two-step verification</h3>
                <p>
                  Enter your password and a current code to turn it off.{' '}
                  {isAdmin
                    ? null
                    : 'If your role must use two-step verification, it cannot be turned off; an admin can tell you.'}
                </p>
                <SecondFactorOffForm
                  onDisabled={(next) =>
                    done(next, `Two-step verification is off. ${SIGNED_OUT_ELSEWHERE}`)
                  }
                />
              </>
            )}
          </>
        ) : (
          <>
            <p>
              <strong>Two-step verification is off.</strong>
            </p>
            <SecondFactorSetup
              onEnabled={(next) =>
                done(
                  next,
                  `Two-step verification is on. You will be asked for a code each time you sign in. ${SIGNED_OUT_ELSEWHERE}`,
                )
              }
            />
          </>
        )}
      </section>
    </>
  );
}
