import {
  type Role,
  roleLabels,
  UpdateUserRequestSchema,
  type User,
  UserSchema,
} from '@peer-toolkit/core';
import { SummaryList, Tag } from '@peer-toolkit/ui';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { z } from 'zod';
import { ApiProblem, call } from '../api/client.js';
import { ConfirmDialog } from '../pages/confirm-dialog.js';
import {
  FormErrorSummary,
  isSessionEnded,
  ProblemAlert,
  problemMessage,
  SuccessMessage,
  TextField,
  useDocumentTitle,
  useSessionStamp,
} from '../pages/form-fields.js';
import { NoPermission } from '../pages/no-permission.js';
import { useFormSubmission } from '../pages/use-form-submission.js';
import { useSession } from '../session/session-context.js';
import { RoleChoice } from './role-choice.js';
import { TemporaryPassword } from './temporary-password.js';
import { formatSignIn, possessive } from './user-format.js';
import { UserStatusTags } from './users-page.js';

const PasswordResultSchema = z.object({ user: UserSchema, temporaryPassword: z.string() });

type Action = 'disable' | 'enable' | 'reset-password' | 'end-sessions' | 'reset-second-factor';

/** The API's path under the user for the actions that are POSTs of their own. */
const endpoints = {
  'end-sessions': 'end-sessions',
  'reset-second-factor': 'second-factor-reset',
} as const;

interface ActionText {
  title: string;
  body: ReactNode;
  confirm: string;
  done: string;
}

function actionText(action: Action, user: User, isSelf: boolean): ActionText {
  const name = user.displayName;
  switch (action) {
    case 'disable':
      return {
        title: `Disable ${name}?`,
        body: (
          <p>
            They will be signed out straight away and cannot sign in until you enable them again.
            Their changes and history stay.
          </p>
        ),
        confirm: 'Yes, disable',
        done: `${name} is disabled and has been signed out. They cannot sign in until they are enabled again.`,
      };
    case 'enable':
      return {
        title: `Enable ${name}?`,
        body: <p>They will be able to sign in again with their password.</p>,
        confirm: 'Yes, enable',
        done: `${name} is enabled and can sign in again.`,
      };
    case 'reset-password':
      return {
        title: `Reset ${possessive(name)} password?`,
        body: (
          <p>
            Their password stops working and they are signed out. You will see a temporary password
            once, to pass on to them; they must choose their own when they next sign in.
          </p>
        ),
        confirm: 'Yes, reset the password',
        done: `${name} has a new temporary password and has been signed out.${
          user.disabled ? ' They cannot sign in until you enable them.' : ''
        }`,
      };
    case 'end-sessions':
      return {
        title: isSelf ? 'Sign yourself out everywhere?' : `Sign ${name} out everywhere?`,
        body: isSelf ? (
          <p>
            Every browser where you are signed in, including this one, is signed out. You will need
            to sign in again.
          </p>
        ) : (
          <p>
            Every browser where they are signed in is signed out. Anything they were typing stays on
            their computer and is offered back when they sign in again.
          </p>
        ),
        confirm: 'Yes, sign out everywhere',
        done: `All of ${possessive(name)} sessions have ended.`,
      };
    case 'reset-second-factor':
      return {
        title: `Reset ${possessive(name)} two-step verification?`,
        body: (
          <p>
            Use this when they have lost the device with their authenticator app. Their codes stop
            working and they are signed out. If their role must use two-step verification, they set
            it up again when they next sign in.
          </p>
        ),
        confirm: 'Yes, reset two-step verification',
        done: `Two-step verification has been reset for ${name}, and they have been signed out.`,
      };
  }
}

export function UserPage({ params }: { params: Record<string, string | undefined> }) {
  const { can } = useSession();
  if (!can('admin')) return <NoPermission what="manage users" />;
  return <UserScreen userId={params.id ?? ''} />;
}

/** One user: their details, name and role, and the actions an admin may take on the account. */
function UserScreen({ userId }: { userId: string }) {
  const { session, refresh } = useSession();
  const [user, setUser] = useState<User | undefined>();
  // The version of the user's name, role and status on screen, sent with every change of them.
  const [etag, setEtag] = useState<string | undefined>();
  const [loadError, setLoadError] = useState<{ status: number; message: string } | undefined>();
  const [message, setMessage] = useState<ReactNode>();
  const [actionError, setActionError] = useState<string | undefined>();
  const [pending, setPending] = useState<Action | undefined>();
  const [busy, setBusy] = useState(false);
  const [temporaryPassword, setTemporaryPassword] = useState<string | undefined>();
  const isSelf = session?.user?.id === userId;
  useDocumentTitle(user ? user.displayName : 'User');

  const stamp = useSessionStamp();

  const load = async (signal?: AbortSignal) => {
    const { data, etag: version } = await call(
      'GET',
      `/admin/users/${encodeURIComponent(userId)}`,
      { schema: UserSchema, ...(signal ? { signal } : {}) },
    );
    setUser(data);
    setEtag(version);
  };

  /** After a 412: shows the user as they are now, and says why the change was not made. */
  const reloadAfterConflict = async (problem: unknown): Promise<boolean> => {
    if (!(problem instanceof ApiProblem && problem.status === 412)) return false;
    await load().catch(() => undefined);
    return true;
  };

  useEffect(() => {
    if (!stamp) return;
    const controller = new AbortController();
    load(controller.signal).catch((problem: unknown) => {
      if (controller.signal.aborted || isSessionEnded(problem)) return;
      setLoadError({
        status: problem instanceof ApiProblem ? problem.status : 0,
        message: problemMessage(problem, 'The user could not be loaded.'),
      });
    });
    return () => controller.abort();
  }, [userId, stamp]);

  if (loadError?.status === 404) {
    return (
      <>
        <h1>There is no such user</h1>
        <p>They may have been looked up with an old link.</p>
        <p>
          <Link href="/users">Back to users</Link>
        </p>
      </>
    );
  }
  if (!user) {
    return loadError ? <ProblemAlert message={loadError.message} /> : <p role="status">Loading…</p>;
  }

  const path = `/admin/users/${encodeURIComponent(user.id)}`;
  const text = pending ? actionText(pending, user, isSelf) : undefined;

  const run = async (action: Action) => {
    const done = actionText(action, user, isSelf).done;
    setBusy(true);
    setActionError(undefined);
    try {
      if (action === 'reset-password') {
        const { data } = await call('POST', `${path}/password-reset`, {
          schema: PasswordResultSchema,
        });
        setUser(data.user);
        setTemporaryPassword(data.temporaryPassword);
      } else {
        const { data, etag: version } =
          action === 'disable' || action === 'enable'
            ? await call('PATCH', path, {
                schema: UserSchema,
                body: { disabled: action === 'disable' },
                ...(etag ? { ifMatch: etag } : {}),
              })
            : await call('POST', `${path}/${endpoints[action]}`, { schema: UserSchema });
        setUser(data);
        if (version) setEtag(version);
      }
      setMessage(<p>{done}</p>);
      // Ending your own sessions ends this one too: go back to signing in.
      if (isSelf && action === 'end-sessions') await refresh();
    } catch (problem) {
      await reloadAfterConflict(problem);
      setActionError(problemMessage(problem));
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };

  return (
    <>
      <p>
        <Link href="/users">Back to users</Link>
      </p>
      <h1>
        {user.displayName}
        {isSelf ? <span className="ptk-secondary admin-h1-note"> (you)</span> : null}
      </h1>
      <SuccessMessage message={message} />
      <ProblemAlert message={actionError} />
      {temporaryPassword ? (
        <TemporaryPassword
          name={user.displayName}
          email={user.email}
          password={temporaryPassword}
          onHide={() => {
            setTemporaryPassword(undefined);
            setMessage(
              <p>
                The temporary password is hidden and cannot be shown again. If it was lost, reset
                the password again.
              </p>,
            );
          }}
        />
      ) : null}
      <div className="admin-summary">
        <SummaryList
          rows={[
            { key: 'Email address', value: user.email },
            { key: 'Role', value: roleLabels[user.role] },
            {
              key: 'Status',
              value: <UserStatusTags user={user} />,
            },
            {
              key: 'Two-step verification',
              value: user.totpEnabled ? <Tag tone="green">On</Tag> : <Tag>Off</Tag>,
            },
            { key: 'Active sessions', value: String(user.activeSessions) },
            { key: 'Last signed in', value: formatSignIn(user.lastSignInAt) },
            { key: 'Added', value: formatSignIn(user.createdAt) },
          ]}
        />
      </div>

      <DetailsForm
        user={user}
        etag={etag}
        isSelf={isSelf}
        onStale={reloadAfterConflict}
        onSaved={async (updated, version, roleChanged) => {
          setUser(updated);
          setEtag(version);
          setMessage(
            <p>
              Changes saved.
              {roleChanged
                ? ` ${updated.displayName} is now ${roleLabels[updated.role].toLowerCase()} and has been signed out, so the new role takes effect when they sign in again.`
                : ''}
            </p>,
          );
          // A new role ends the user's sessions; if that was you, sign in again.
          if (isSelf && roleChanged) await refresh();
        }}
      />

      <section aria-labelledby="user-security">
        <h2 id="user-security">Signing in</h2>
        {isSelf ? (
          <p>
            To change your own password or two-step verification, go to{' '}
            <Link href="/account">your account</Link>.
          </p>
        ) : (
          <>
            <h3>Password</h3>
            <p>
              For someone who has forgotten their password, or if it may be known to someone else.
            </p>
            <button
              type="button"
              className="ptk-button ptk-button--secondary"
              onClick={() => setPending('reset-password')}
            >
              Reset password
            </button>
            <h3>Two-step verification</h3>
            {user.totpEnabled ? (
              <>
                <p>On. Reset it if they have lost the device with their authenticator app.</p>
                <button
                  type="button"
                  className="ptk-button ptk-button--secondary"
                  onClick={() => setPending('reset-second-factor')}
                >
                  Reset two-step verification
                </button>
              </>
            ) : (
              <p>Not set up.</p>
            )}
          </>
        )}
        <h3>Sessions</h3>
        <p>
          {user.activeSessions === 0
            ? 'Not signed in anywhere now.'
            : `Signed in on ${user.activeSessions} ${user.activeSessions === 1 ? 'browser' : 'browsers'}.`}
        </p>
        {user.activeSessions > 0 ? (
          <button
            type="button"
            className="ptk-button ptk-button--secondary"
            onClick={() => setPending('end-sessions')}
          >
            End all sessions
          </button>
        ) : null}
        {isSelf ? null : (
          <>
            <h3>Access</h3>
            {user.disabled ? (
              <>
                <p>Disabled: they cannot sign in.</p>
                <button
                  type="button"
                  className="ptk-button ptk-button--secondary"
                  onClick={() => setPending('enable')}
                >
                  Enable user
                </button>
              </>
            ) : (
              <>
                <p>
                  Disable someone who should no longer use the admin. Their changes and history
                  stay, and you can enable them again.
                </p>
                <button
                  type="button"
                  className="ptk-button ptk-button--warning"
                  onClick={() => setPending('disable')}
                >
                  Disable user
                </button>
              </>
            )}
          </>
        )}
      </section>

      {pending && text ? (
        <ConfirmDialog
          title={text.title}
          confirmLabel={text.confirm}
          busy={busy}
          onConfirm={() => void run(pending)}
          onCancel={() => setPending(undefined)}
        >
          {text.body}
        </ConfirmDialog>
      ) : null}
    </>
  );
}

const DETAIL_FIELDS = ['displayName', 'role'] as const;

function DetailsForm({
  user,
  etag,
  isSelf,
  onSaved,
  onStale,
}: {
  user: User;
  etag: string | undefined;
  isSelf: boolean;
  onSaved: (user: User, etag: string | undefined, roleChanged: boolean) => Promise<void>;
  /** Reloads the user if the problem is a 412; says whether it was. */
  onStale: (problem: unknown) => Promise<boolean>;
}) {
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const [values, setValues] = useState<{ displayName: string; role: Role }>({
    displayName: user.displayName,
    role: user.role,
  });
  const [note, setNote] = useState<string | undefined>();
  const [conflict, setConflict] = useState<string | undefined>();
  const { errors, setErrors, attempt, busy, submit } = useFormSubmission({
    schema: UpdateUserRequestSchema,
    fields: DETAIL_FIELDS,
    // Such as "This is the only active admin": shown against the role.
    fallbackField: 'role',
    send: async (request) => {
      let saved: Awaited<ReturnType<typeof call<typeof UserSchema>>>;
      try {
        saved = await call('PATCH', `/admin/users/${encodeURIComponent(user.id)}`, {
          schema: UserSchema,
          body: request,
          ...(etag ? { ifMatch: etag } : {}),
        });
      } catch (problem) {
        if (!(await onStale(problem))) throw problem;
        // What this admin typed stays in the form, to check against the details above and send again.
        setConflict(
          'Someone else changed this user after you opened this page. Their details above are as they are now. Your changes are still in the form: check them, then save again.',
        );
        return;
      }
      const { data, etag: version } = saved;
      setValues({ displayName: data.displayName, role: data.role });
      await onSaved(data, version, data.role !== user.role);
    },
  });

  const save = (event: FormEvent) => {
    setNote(undefined);
    setConflict(undefined);
    const changes = {
      ...(values.displayName.trim() !== user.displayName
        ? { displayName: values.displayName }
        : {}),
      ...(values.role !== user.role ? { role: values.role } : {}),
    };
    if (Object.keys(changes).length > 0) return submit(event, changes);
    event.preventDefault();
    setErrors({});
    setNote('Nothing has changed, so there was nothing to save.');
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Name and role</h2>
      <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
      <ProblemAlert message={conflict} />
      <form onSubmit={(event) => void save(event)} noValidate className="admin-narrow-form">
        <TextField
          id={fieldId('displayName')}
          name="displayName"
          label="Name"
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
          hint={
            isSelf
              ? 'This is you. If you change your own role, you are signed out and sign in again with the new role.'
              : 'Changing the role signs them out, so the new role takes effect straight away.'
          }
          onChange={(role) => setValues({ ...values, role })}
        />
        <button type="submit" className="ptk-button" disabled={busy}>
          Save name and role
        </button>
        <p role="status" className="admin-inline-status">
          {note}
        </p>
      </form>
    </section>
  );
}
