import {
  type Role,
  RoleSchema,
  roleLabels,
  SecuritySettingsSchema,
  UserListSchema,
} from '@peer-toolkit/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { ApiProblem, call } from '../api/client.js';
import {
  isSessionEnded,
  ProblemAlert,
  problemMessage,
  SuccessMessage,
  useDocumentTitle,
  useSessionStamp,
} from '../pages/form-fields.js';
import { NoPermission } from '../pages/no-permission.js';
import { useSession } from '../session/session-context.js';
import { rolesInWords } from './role-choice.js';

export function SecuritySettingsPage() {
  const { can } = useSession();
  if (!can('admin')) return <NoPermission what="change security settings" />;
  return <SecuritySettings />;
}

/** Which roles must use two-step verification. */
function SecuritySettings() {
  useDocumentTitle('Security settings');
  const id = useId();
  const { session, refresh } = useSession();
  const [chosen, setChosen] = useState<Role[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // The version of the settings the choices started from, sent with the save.
  const [etag, setEtag] = useState<string | undefined>();
  const me = session?.user;
  const stamp = useSessionStamp();

  const load = () =>
    call('GET', '/admin/security-settings', { schema: SecuritySettingsSchema }).then(
      ({ data, etag: version }) => {
        setEtag(version);
        return data.secondFactorRequiredFor;
      },
    );

  useEffect(() => {
    if (!stamp) return;
    load()
      .then((roles) => setChosen((current) => current ?? roles))
      .catch((problem: unknown) => {
        if (!isSessionEnded(problem))
          setError(problemMessage(problem, 'The security settings could not be loaded.'));
      });
  }, [stamp]);

  const toggle = (role: Role, on: boolean) =>
    setChosen((current = []) =>
      on ? [...current.filter((r) => r !== role), role] : current.filter((r) => r !== role),
    );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      const { data, etag: version } = await call('PUT', '/admin/security-settings', {
        schema: SecuritySettingsSchema,
        body: { secondFactorRequiredFor: RoleSchema.options.filter((r) => chosen.includes(r)) },
        ...(etag ? { ifMatch: etag } : {}),
      });
      const roles = data.secondFactorRequiredFor;
      setChosen(roles);
      setEtag(version);
      // Say who is affected: those of the chosen roles without a second factor yet.
      const users = await call('GET', '/admin/users?pageSize=100', { schema: UserListSchema })
        .then(({ data: list }) => list.items)
        .catch(() => []);
      const waiting = users.filter((u) => roles.includes(u.role) && !u.totpEnabled && !u.disabled);
      setMessage(
        roles.length === 0
          ? 'Saved. Two-step verification is now optional for everyone.'
          : `Saved. Two-step verification is now required for ${rolesInWords(roles)}. ${
              waiting.length === 0
                ? 'Everyone in these roles has already set it up.'
                : `${waiting.length} ${waiting.length === 1 ? 'person' : 'people'} will be asked to set it up the next time they use the admin.`
            }`,
      );
      // If the admin is now required to set it up, the app takes them there.
      if (me && roles.includes(me.role) && !me.totpEnabled) await refresh();
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 412) {
        // Another admin saved first: say what they chose, keep this admin's ticks to save again.
        const now = await load().catch(() => undefined);
        setError(
          now === undefined
            ? problemMessage(problem)
            : `Another admin changed these settings after you opened this page. ${
                now.length === 0
                  ? 'They now require two-step verification for no one.'
                  : `They now require it for ${rolesInWords(now)}.`
              } Your choices are still ticked below: check them, then save again.`,
        );
      } else {
        setError(problemMessage(problem));
      }
    } finally {
      setBusy(false);
    }
  };

  const affectsMe = me && chosen?.includes(me.role) && !me.totpEnabled;
  return (
    <div className="ptk-two-thirds">
      <p>
        <Link href="/users">Back to users</Link>
      </p>
      <h1>Security settings</h1>
      <SuccessMessage message={message} />
      <ProblemAlert message={error} />
      {chosen ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          <div className="ptk-form-group">
            <fieldset className="ptk-fieldset" aria-describedby={`${id}-hint`}>
              <legend className="ptk-fieldset__legend ptk-fieldset__legend--large">
                Which roles must use two-step verification?
              </legend>
              <p className="ptk-hint" id={`${id}-hint`}>
                People in these roles enter a code from an app each time they sign in. Anyone who
                has not set it up is asked to do so, before anything else, the next time they use
                the admin. People in other roles can still choose to use it.
              </p>
              <div className="ptk-checkboxes">
                {RoleSchema.options.map((role) => (
                  <div className="ptk-choice" key={role}>
                    <input
                      type="checkbox"
                      id={`${id}-${role}`}
                      checked={chosen.includes(role)}
                      onChange={(event) => toggle(role, event.target.checked)}
                    />
                    <label htmlFor={`${id}-${role}`}>{roleLabels[role]}s</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          {affectsMe ? (
            <div className="admin-warning">
              <span className="admin-warning__icon" aria-hidden="true">
                !
              </span>
              <strong className="admin-warning__text">
                <span className="ptk-visually-hidden">Warning: </span>
                This includes you. You have not set up two-step verification, so you will be asked
                to set it up as soon as you save.
              </strong>
            </div>
          ) : null}
          <button type="submit" className="ptk-button" disabled={busy}>
            Save security settings
          </button>
        </form>
      ) : error ? null : (
        <p role="status">Loading…</p>
      )}
    </div>
  );
}
