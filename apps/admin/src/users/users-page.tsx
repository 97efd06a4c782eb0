import { roleLabels, SecuritySettingsSchema, type User, UserListSchema } from '@peer-toolkit/core';
import { Tag } from '@peer-toolkit/ui';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { z } from 'zod';
import { call } from '../api/client.js';
import {
  isSessionEnded,
  ProblemAlert,
  problemMessage,
  useDocumentTitle,
  useSessionStamp,
} from '../pages/form-fields.js';
import { NoPermission } from '../pages/no-permission.js';
import { Pagination } from '../pages/pagination.js';
import { StackCell } from '../pages/stack-cell.js';
import { useSession } from '../session/session-context.js';
import { rolesInWords } from './role-choice.js';
import { formatSignIn } from './user-format.js';

type UserList = z.output<typeof UserListSchema>;

const PAGE_SIZE = 50;

/** Admins only: everyone who can sign in to the admin, and the way to add someone. */
export function UsersPage() {
  const { can } = useSession();
  if (!can('admin')) return <NoPermission what="manage users" />;
  return <UsersList />;
}

export function UserStatusTags({ user }: { user: User }) {
  return (
    <>
      {user.disabled ? <Tag tone="red">Disabled</Tag> : <Tag tone="green">Active</Tag>}
      {user.mustChangePassword ? (
        <>
          {' '}
          <Tag tone="orange">Must change password</Tag>
        </>
      ) : null}
    </>
  );
}

function UsersList() {
  useDocumentTitle('Users');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [list, setList] = useState<UserList | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [required, setRequired] = useState<string | undefined>();
  const stamp = useSessionStamp();

  useEffect(() => {
    if (!stamp) return;
    const controller = new AbortController();
    call('GET', `/admin/users?page=${page}&pageSize=${PAGE_SIZE}`, {
      schema: UserListSchema,
      signal: controller.signal,
    })
      .then(({ data }) => {
        setList(data);
        setError(undefined);
      })
      .catch((problem: unknown) => {
        if (!controller.signal.aborted && !isSessionEnded(problem))
          setError(problemMessage(problem, 'The users could not be loaded.'));
      });
    return () => controller.abort();
  }, [page, stamp]);

  useEffect(() => {
    if (!stamp) return;
    call('GET', '/admin/security-settings', { schema: SecuritySettingsSchema })
      .then(({ data }) => {
        const roles = data.secondFactorRequiredFor;
        setRequired(
          roles.length ? `Required for ${rolesInWords(roles)}.` : 'Not required for anyone.',
        );
      })
      .catch((problem: unknown) => {
        if (!isSessionEnded(problem)) setRequired('The security settings could not be loaded.');
      });
  }, [stamp]);

  const goTo = (next: number) =>
    setParams(next > 1 ? new URLSearchParams({ page: String(next) }) : new URLSearchParams());

  return (
    <>
      <h1>Users</h1>
      <p className="ptk-lead">
        Everyone who can sign in to the admin, and what their role lets them do.
      </p>
      <p>
        <Link href="/users/new" className="ptk-button">
          Add a user
        </Link>
      </p>
      <div className="admin-panel">
        <h2 className="admin-panel__title">Two-step verification</h2>
        <p>
          {required ?? 'Loading the security settings…'}{' '}
          <Link href="/users/security">Change security settings</Link>
        </p>
      </div>

      <ProblemAlert message={error} />
      <p role="status" className="admin-count">
        {list ? `${list.total} ${list.total === 1 ? 'user' : 'users'}` : error ? '' : 'Loading…'}
      </p>

      {list && list.items.length > 0 ? (
        <section
          className="ptk-table-wrap"
          aria-labelledby="users-caption"
          // Focusable so a narrow screen can scroll the table with the keyboard.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable
          tabIndex={0}
        >
          <table className="ptk-table admin-table admin-stack-table">
            <caption id="users-caption" className="ptk-visually-hidden">
              Users
            </caption>
            <thead>
              <tr>
                <th scope="col">Name and email</th>
                <th scope="col">Role</th>
                <th scope="col">Two-step verification</th>
                <th scope="col">Status</th>
                <th scope="col">Active sessions</th>
                <th scope="col">Last signed in</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((user) => (
                <tr key={user.id}>
                  <StackCell label="Name and email">
                    <Link href={`/users/${encodeURIComponent(user.id)}`}>{user.displayName}</Link>
                    <br />
                    <span className="ptk-secondary admin-break">{user.email}</span>
                  </StackCell>
                  <StackCell label="Role">{roleLabels[user.role]}</StackCell>
                  <StackCell label="Two-step verification">
                    {user.totpEnabled ? <Tag tone="green">On</Tag> : <Tag>Off</Tag>}
                  </StackCell>
                  <StackCell label="Status">
                    <UserStatusTags user={user} />
                  </StackCell>
                  <StackCell label="Active sessions">{user.activeSessions}</StackCell>
                  <StackCell label="Last signed in">
                    {user.lastSignInAt ? (
                      <time dateTime={user.lastSignInAt}>{formatSignIn(user.lastSignInAt)}</time>
                    ) : (
                      'Never'
                    )}
                  </StackCell>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {list ? (
        <Pagination page={page} totalPages={list.totalPages} label="Pages of users" onGo={goTo} />
      ) : null}
    </>
  );
}
