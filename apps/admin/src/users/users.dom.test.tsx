import type { Role } from '@peer-toolkit/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SessionProvider } from '../session/session-context.js';
import { fakeApi, problem, sessionFor, userFixture } from '../test-support/fake-api.js';
import { NewUserPage } from './new-user-page.js';
import { SecuritySettingsPage } from './security-settings-page.js';
import { UserPage } from './user-page.js';
import { UsersPage } from './users-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const TEMPORARY = 'Xq7-Temporary_Pass1';

/** Every status message on screen, as one text. */
const statusText = () =>
  screen
    .getAllByRole('status')
    .map((status) => status.textContent)
    .join(' ');

function renderAt(ui: ReactNode, path = '/users') {
  return render(
    <Router hook={memoryLocation({ path }).hook}>
      <SessionProvider>{ui}</SessionProvider>
    </Router>,
  );
}

const sessionRoute = (role: Role) => ({
  'GET /admin/auth/session': { body: sessionFor({ role, id: 'u-me' }) },
});

const listOf = (...items: ReturnType<typeof userFixture>[]) => ({
  page: 1,
  pageSize: 50,
  total: items.length,
  totalPages: 1,
  items,
});

describe('access', () => {
  it.each([
    ['editor', <UsersPage key="list" />],
    ['publisher', <UsersPage key="list" />],
    ['publisher', <NewUserPage key="new" />],
    ['editor', <UserPage key="user" params={{ id: 'u-sam' }} />],
    ['publisher', <SecuritySettingsPage key="security" />],
  ] as const)('a %s is told they do not have permission', async (role, page) => {
    const api = fakeApi(sessionRoute(role));
    renderAt(page);
    expect(
      await screen.findByRole('heading', { name: 'You do not have permission to see this page' }),
    ).toBeTruthy();
    expect(api.actions()).toEqual([]);
  });
});

describe('UsersPage', () => {
  it('lists each user with role, second factor, status, sessions and last sign-in', async () => {
    fakeApi({
      ...sessionRoute('admin'),
      'GET /admin/users': {
        body: listOf(
          userFixture(),
          userFixture({
            id: 'u-kim',
            email: 'kim@example.org',
            displayName: 'Kim Park',
            role: 'publisher',
            totpEnabled: true,
            disabled: true,
            activeSessions: 0,
            lastSignInAt: null,
          }),
        ),
      },
      'GET /admin/security-settings': { body: { secondFactorRequiredFor: ['admin', 'publisher'] } },
    });
    renderAt(<UsersPage />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const kim = rows[1] as HTMLElement;
    expect(within(kim).getByRole('link', { name: 'Kim Park' }).getAttribute('href')).toBe(
      '/users/u-kim',
    );
    const cells = within(kim)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['Kim Parkkim@example.org', 'Publisher', 'On', 'Disabled', '0', 'Never']);
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[5]?.textContent).toMatch(/2026/);
    expect(statusText()).toBe('2 users');
    expect(await screen.findByText(/Required for publishers and admins/)).toBeTruthy();
  });
});

describe('NewUserPage', () => {
  it('creates a user without a password and shows the temporary password once', async () => {
    const created = userFixture({ mustChangePassword: true, activeSessions: 0 });
    const api = fakeApi({
      ...sessionRoute('admin'),
      'POST /admin/users': {
        status: 201,
        body: { user: created, temporaryPassword: TEMPORARY },
      },
    });
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderAt(<NewUserPage />, '/users/new');
    fireEvent.change(await screen.findByLabelText(/Email address/), {
      target: { value: 'Sam@Example.org' },
    });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Sam Lee' } });
    fireEvent.click(screen.getByLabelText('Editor'));
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));

    expect(
      await screen.findByRole('heading', { name: 'Temporary password for Sam Lee' }),
    ).toBeTruthy();
    expect(api.actions()[0]?.body).toEqual({
      email: 'sam@example.org',
      displayName: 'Sam Lee',
      role: 'editor',
    });
    expect(screen.getAllByText(TEMPORARY)).toHaveLength(1);
    expect(screen.getByText(/will not be shown again/)).toBeTruthy();
    expect(statusText()).toContain('can now sign in as an editor');

    fireEvent.click(screen.getByRole('button', { name: 'Copy password' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(TEMPORARY));
    expect(await screen.findByText('Copied')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /hide the password/ }));
    expect(screen.queryByText(TEMPORARY)).toBeNull();
    expect(statusText()).toContain('hidden and cannot be shown again');

    // Adding another starts an empty form at its first field; the password is gone for good.
    fireEvent.click(screen.getByRole('button', { name: 'Add another user' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText(/Email address/)),
    );
    expect((screen.getByLabelText(/Email address/) as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(TEMPORARY)).toBeNull();
  });

  it('checks the form and shows the API’s refusal of a used email against the field', async () => {
    const api = fakeApi({
      ...sessionRoute('admin'),
      'POST /admin/users': {
        status: 409,
        body: problem(409, 'CONFLICT', 'A user with this email address already exists.', [
          { path: ['body', 'email'], message: 'Enter an email address not already in use' },
        ]),
      },
    });
    renderAt(<NewUserPage />, '/users/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter an email address', 'Enter a name', 'Choose a role']);
    expect(api.actions()).toEqual([]);

    fireEvent.change(screen.getByLabelText(/Email address/), {
      target: { value: 'sam@example.org' },
    });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Sam Lee' } });
    fireEvent.click(screen.getByLabelText('Publisher'));
    fireEvent.change(screen.getByLabelText(/Password \(optional\)/), {
      target: { value: 'a chosen long password' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    await waitFor(() =>
      expect(screen.getAllByText('Enter an email address not already in use')).toHaveLength(2),
    );
    expect(api.actions()[0]?.body).toMatchObject({ password: 'a chosen long password' });
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Sam Lee');
  });
});

describe('UserPage', () => {
  const USER = '/admin/users/u-sam';

  it('asks before disabling; Cancel sends nothing, Yes disables and says so', async () => {
    const api = fakeApi({
      ...sessionRoute('admin'),
      [`GET ${USER}`]: { body: userFixture() },
      [`PATCH ${USER}`]: { body: userFixture({ disabled: true, activeSessions: 0 }) },
    });
    renderAt(<UserPage params={{ id: 'u-sam' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Disable user' }));
    let dialog = screen.getByRole('dialog', { name: 'Disable Sam Lee?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.actions().filter((r) => r.method !== 'GET')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Disable user' }));
    dialog = screen.getByRole('dialog', { name: 'Disable Sam Lee?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, disable' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.actions().at(-1)).toMatchObject({ method: 'PATCH', body: { disabled: true } });
    expect(statusText()).toContain('Sam Lee is disabled');
    expect(screen.getByRole('button', { name: 'Enable user' })).toBeTruthy();
  });

  it('resets the password after confirming and shows the temporary password once', async () => {
    fakeApi({
      ...sessionRoute('admin'),
      [`GET ${USER}`]: { body: userFixture() },
      [`POST ${USER}/password-reset`]: {
        body: {
          user: userFixture({ mustChangePassword: true, activeSessions: 0 }),
          temporaryPassword: TEMPORARY,
        },
      },
    });
    renderAt(<UserPage params={{ id: 'u-sam' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset password' }));
    expect(screen.queryByText(TEMPORARY)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset the password' }));
    expect(await screen.findByText(TEMPORARY)).toBeTruthy();
    expect(screen.getAllByText(TEMPORARY)).toHaveLength(1);
    expect(screen.getByText(/will not be shown again/)).toBeTruthy();
    expect(screen.getByText('Must change password')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /hide the password/ }));
    expect(screen.queryByText(TEMPORARY)).toBeNull();
  });

  it('resets two-step verification only after confirming', async () => {
    const api = fakeApi({
      ...sessionRoute('admin'),
      [`GET ${USER}`]: { body: userFixture({ totpEnabled: true }) },
      [`POST ${USER}/second-factor-reset`]: { body: userFixture({ activeSessions: 0 }) },
    });
    renderAt(<UserPage params={{ id: 'u-sam' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset two-step verification' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('lost the device');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Yes, reset two-step verification' }),
    );
    await waitFor(() => expect(statusText()).toContain('Two-step verification has been reset'));
    expect(api.actions().at(-1)).toMatchObject({
      method: 'POST',
      path: `${USER}/second-factor-reset`,
    });
    expect(screen.getByText('Not signed in anywhere now.')).toBeTruthy();
  });

  it('ends all of a user’s sessions after confirming', async () => {
    const api = fakeApi({
      ...sessionRoute('admin'),
      [`GET ${USER}`]: { body: userFixture({ activeSessions: 3 }) },
      [`POST ${USER}/end-sessions`]: { body: userFixture({ activeSessions: 0 }) },
    });
    renderAt(<UserPage params={{ id: 'u-sam' }} />);
    expect(await screen.findByText('Signed in on 3 browsers.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'End all sessions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, sign out everywhere' }));
    await waitFor(() => expect(statusText()).toContain('All of Sam Lee’s sessions have ended'));
    expect(api.actions().at(-1)).toMatchObject({ method: 'POST', path: `${USER}/end-sessions` });
  });

  it('changes name and role, and shows the API’s refusal to leave no active admin', async () => {
    const me = userFixture({ id: 'u-me', displayName: 'Morgan Admin', role: 'admin' });
    const api = fakeApi({
      ...sessionRoute('admin'),
      'GET /admin/users/u-me': { body: me },
      'PATCH /admin/users/u-me': {
        status: 409,
        body: problem(
          409,
          'CONFLICT',
          'This is the only active admin. Make someone else an admin first.',
        ),
      },
    });
    renderAt(<UserPage params={{ id: 'u-me' }} />);
    expect(await screen.findByText('(you)')).toBeTruthy();
    // Your own account is not disabled or reset from here.
    expect(screen.queryByRole('button', { name: 'Disable user' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reset password' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Editor'));
    fireEvent.click(screen.getByRole('button', { name: 'Save name and role' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('This is the only active admin');
    expect(api.actions().at(-1)?.body).toEqual({ role: 'editor' });
    // The choice stays as made, to fix or undo.
    expect((screen.getByLabelText('Editor') as HTMLInputElement).checked).toBe(true);
  });

  it('sends only what changed', async () => {
    const api = fakeApi({
      ...sessionRoute('admin'),
      [`GET ${USER}`]: { body: userFixture() },
      [`PATCH ${USER}`]: { body: userFixture({ displayName: 'Sam Lee-Park' }) },
    });
    renderAt(<UserPage params={{ id: 'u-sam' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save name and role' }));
    expect(await screen.findByText(/nothing to save/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Sam Lee-Park' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name and role' }));
    await waitFor(() => expect(statusText()).toContain('Changes saved'));
    expect(
      api
        .actions()
        .filter((r) => r.method === 'PATCH')
        .map((r) => r.body),
    ).toEqual([{ displayName: 'Sam Lee-Park' }]);
  });

  it('names the version it loaded, and after someone else’s change shows it and keeps the typing', async () => {
    let current = userFixture();
    let version = 1;
    const api = fakeApi({
      ...sessionRoute('admin'),
      [`GET ${USER}`]: () => ({ body: current, etag: `"u-${version}"` }),
      [`PATCH ${USER}`]: ({ body, ifMatch }) => {
        if (ifMatch !== `"u-${version}"`) {
          return {
            status: 412,
            body: problem(412, 'PRECONDITION_FAILED', 'Someone else changed this user.'),
          };
        }
        current = { ...current, ...(body as object) };
        version += 1;
        return { body: current, etag: `"u-${version}"` };
      },
    });
    renderAt(<UserPage params={{ id: 'u-sam' }} />);
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Sam Typed' } });
    // Meanwhile another admin renames them.
    current = { ...current, displayName: 'Sam Renamed Elsewhere' };
    version += 1;
    fireEvent.click(screen.getByRole('button', { name: 'Save name and role' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Someone else changed this user after you opened this page',
    );
    expect(await screen.findByRole('heading', { name: 'Sam Renamed Elsewhere' })).toBeTruthy();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Sam Typed');

    fireEvent.click(screen.getByRole('button', { name: 'Save name and role' }));
    await waitFor(() => expect(statusText()).toContain('Changes saved'));
    expect(current.displayName).toBe('Sam Typed');
    expect(
      api
        .actions()
        .filter((r) => r.method === 'PATCH')
        .map((r) => r.ifMatch),
    ).toEqual(['"u-1"', '"u-2"']);
  });

  it('says when there is no such user', async () => {
    fakeApi({ ...sessionRoute('admin') });
    renderAt(<UserPage params={{ id: 'u-gone' }} />);
    expect(await screen.findByRole('heading', { name: 'There is no such user' })).toBeTruthy();
  });
});

describe('SecuritySettingsPage', () => {
  it('saves the chosen roles and says who must now set it up', async () => {
    const api = fakeApi({
      ...sessionRoute('admin'),
      'GET /admin/security-settings': { body: { secondFactorRequiredFor: ['admin'] } },
      'PUT /admin/security-settings': ({ body }) => ({ body }),
      'GET /admin/users': {
        body: listOf(userFixture({ role: 'publisher' }), userFixture({ id: 'b', role: 'editor' })),
      },
    });
    renderAt(<SecuritySettingsPage />, '/users/security');
    fireEvent.click(await screen.findByLabelText('Publishers'));
    fireEvent.click(screen.getByRole('button', { name: 'Save security settings' }));
    await waitFor(() =>
      expect(statusText()).toContain('required for publishers and admins. 1 person will be asked'),
    );
    expect(api.actions().find((r) => r.method === 'PUT')?.body).toEqual({
      secondFactorRequiredFor: ['publisher', 'admin'],
    });
  });

  it('after another admin’s change, says what they chose and keeps these ticks to save again', async () => {
    let roles: Role[] = [];
    const api = fakeApi({
      ...sessionRoute('admin'),
      'GET /admin/security-settings': () => ({
        body: { secondFactorRequiredFor: roles },
        etag: `"s-${roles.join('+')}"`,
      }),
      'PUT /admin/security-settings': ({ body, ifMatch }) => {
        if (ifMatch !== `"s-${roles.join('+')}"`) {
          return { status: 412, body: problem(412, 'PRECONDITION_FAILED', 'Changed.') };
        }
        roles = (body as { secondFactorRequiredFor: Role[] }).secondFactorRequiredFor;
        return { body, etag: `"s-${roles.join('+')}"` };
      },
      'GET /admin/users': { body: listOf() },
    });
    renderAt(<SecuritySettingsPage />, '/users/security');
    fireEvent.click(await screen.findByLabelText('Publishers'));
    roles = ['editor'];
    fireEvent.click(screen.getByRole('button', { name: 'Save security settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Another admin changed these settings');
    expect(alert.textContent).toContain('They now require it for editors.');
    expect((screen.getByLabelText('Publishers') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Editors') as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Save security settings' }));
    await waitFor(() => expect(statusText()).toContain('required for publishers'));
    expect(roles).toEqual(['publisher']);
    expect(
      api
        .actions()
        .filter((r) => r.method === 'PUT')
        .map((r) => r.ifMatch),
    ).toEqual(['"s-"', '"s-editor"']);
  });

  it('warns an admin without a second factor that the change includes them', async () => {
    fakeApi({
      ...sessionRoute('admin'),
      'GET /admin/security-settings': { body: { secondFactorRequiredFor: [] } },
    });
    renderAt(<SecuritySettingsPage />, '/users/security');
    expect(screen.queryByText(/This includes you/)).toBeNull();
    fireEvent.click(await screen.findByLabelText('Admins'));
    expect(screen.getByText(/This includes you/)).toBeTruthy();
  });
});
