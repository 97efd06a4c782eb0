import { AuditActionSchema, type AuditEntry, type Role } from '@peer-toolkit/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SessionProvider } from '../session/session-context.js';
import { fakeApi, type SeenRequest, sessionFor, userFixture } from '../test-support/fake-api.js';
import { actionGroups, describeActionFilter } from './audit-actions.js';
import { formatAuditTime, summariseDetails } from './audit-format.js';
import { AUDIT_PAGE_SIZE, AuditLogPage } from './audit-page.js';
import {
  apiQueryFromFilters,
  checkFilters,
  emptyFilters,
  filtersFromSearch,
  searchFromFilters,
} from './audit-query.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the audit query', () => {
  it('builds the API query from the form: email, action group, target and whole UTC days', () => {
    const query = apiQueryFromFilters(
      {
        user: ' Sam@Example.org ',
        action: 'content.',
        type: 'topics',
        item: 'role-clarity',
        from: '2026-03-01',
        to: '2026-03-31',
      },
      2,
      50,
    );
    expect(Object.fromEntries(query)).toEqual({
      page: '2',
      pageSize: '50',
      actor: 'sam@example.org',
      action: 'content.',
      targetType: 'topics',
      targetId: 'role-clarity',
      from: '2026-03-01T00:00:00.000Z',
      // The API's upper bound is exclusive: the whole of 31 March is included.
      to: '2026-04-01T00:00:00.000Z',
    });
  });

  it('leaves out what is empty, in the API query and in the address', () => {
    expect(Object.fromEntries(apiQueryFromFilters(emptyFilters, 1, 50))).toEqual({
      page: '1',
      pageSize: '50',
    });
    expect(searchFromFilters({ ...emptyFilters, action: 'user.' }, 1).toString()).toBe(
      'action=user.',
    );
    expect(searchFromFilters({ ...emptyFilters, item: 'x' }, 3).toString()).toBe('item=x&page=3');
  });

  it('reads the address back into the same filters', () => {
    const filters = { ...emptyFilters, user: 'a@b.org', from: '2026-01-02', type: 'user' };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
  });

  it.each([
    [{ from: '2026-02-30' }, 'from', 'Enter a real date for the start'],
    [{ to: 'yesterday' }, 'to', 'Enter a real date for the end'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'to', 'same as or after the start date'],
    [{ action: 'content.nonsense' }, 'action', 'Choose an action'],
    [{ type: 'users' }, 'type', 'Choose a type of item'],
  ])('refuses %o', (filters, field, message) => {
    expect(checkFilters({ ...emptyFilters, ...filters })[field]).toContain(message);
  });

  it('accepts a one-day range and empty filters', () => {
    expect(checkFilters({ ...emptyFilters, from: '2026-03-01', to: '2026-03-01' })).toEqual({});
    expect(checkFilters(emptyFilters)).toEqual({});
  });

  it('offers every action in some group, and whole groups by prefix', () => {
    const values = actionGroups.flatMap((group) => group.options.map((option) => option.value));
    for (const action of AuditActionSchema.options) expect(values).toContain(action);
    expect(describeActionFilter('content.')).toBe('All content changes');
    expect(describeActionFilter('user.create')).toBe('Added a user');
  });
});

describe('audit formatting', () => {
  it('shows UTC, and the local time when the zone differs', () => {
    expect(formatAuditTime('2026-03-03T14:05:09.000Z', 'UTC')).toEqual({
      utc: '3 Mar 2026, 14:05:09 UTC',
      local: undefined,
    });
    expect(formatAuditTime('2026-03-03T14:05:09.000Z', 'Europe/Berlin').local).toBe(
      '3 Mar 2026, 15:05:09 your time',
    );
  });

  it('summarises details in words, keeping anything unknown', () => {
    expect(
      summariseDetails({ action: 'user.update', details: { role: 'publisher', disabled: true } }),
    ).toEqual(['Role Publisher', 'Disabled']);
    expect(
      summariseDetails({
        action: 'content.import',
        details: { created: 2, updated: 1, deleted: 0, dryRun: true },
      }),
    ).toEqual(['2 created, 1 updated, 0 deleted', 'Trial run: nothing was changed']);
    expect(
      summariseDetails({ action: 'login.failure', details: { reason: 'disabled', extraNote: 7 } }),
    ).toEqual(['The account is disabled', 'Extra note: 7']);
    expect(
      summariseDetails({
        action: 'settings.update',
        details: { secondFactorRequiredFor: ['admin', 'editor'] },
      }),
    ).toEqual(['Two-step verification required for Admin, Editor']);
  });
});

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-03-03T14:05:09.000Z',
  actorId: 'u-sam',
  actorEmail: 'sam@example.org',
  ip: '192.0.2.10',
  action: 'content.publish',
  targetType: 'topics',
  targetId: 'role-clarity',
  details: { revision: 4 },
  ...overrides,
});

function renderAudit(path: string, role: Role = 'admin', total = 120) {
  const api = fakeApi({
    'GET /admin/auth/session': { body: sessionFor({ role }) },
    'GET /admin/audit': (request: SeenRequest) => {
      const page = Number(new URLSearchParams(request.path.split('?')[1]).get('page'));
      return {
        body: {
          page,
          pageSize: AUDIT_PAGE_SIZE,
          total,
          totalPages: Math.ceil(total / AUDIT_PAGE_SIZE),
          items: [
            entry({ id: 3 }),
            entry({
              id: 2,
              action: 'user.update',
              targetType: 'user',
              targetId: 'u-kim',
              details: { role: 'publisher' },
            }),
            entry({
              id: 1,
              action: 'login.failure',
              actorId: null,
              actorEmail: 'nobody@example.org',
              targetType: 'user',
              targetId: null,
              details: { reason: 'unknown-account' },
            }),
          ],
        },
      };
    },
    'GET /admin/users': {
      body: {
        page: 1,
        pageSize: 100,
        total: 1,
        totalPages: 1,
        items: [userFixture({ id: 'u-kim', email: 'kim@example.org' })],
      },
    },
  });
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <SessionProvider>
        <AuditLogPage />
      </SessionProvider>
    </Router>,
  );
  const auditQueries = () =>
    api.requests
      .filter((request) => request.path.startsWith('/admin/audit'))
      .map((request) => Object.fromEntries(new URLSearchParams(request.path.split('?')[1])));
  return { api, location, auditQueries };
}

describe('AuditLogPage', () => {
  it('is for admins only', async () => {
    const { auditQueries } = renderAudit('/audit', 'publisher');
    expect(
      await screen.findByRole('heading', { name: 'You do not have permission to see this page' }),
    ).toBeTruthy();
    expect(auditQueries()).toEqual([]);
  });

  it('takes the filters and page from the address, and fills the form with them', async () => {
    const { auditQueries } = renderAudit(
      '/audit?action=content.&type=topics&from=2026-03-01&page=2',
    );
    await screen.findByText(/Showing 51 to 53 of 120 entries matching the filters/);
    expect(auditQueries()).toEqual([
      {
        page: '2',
        pageSize: String(AUDIT_PAGE_SIZE),
        action: 'content.',
        targetType: 'topics',
        from: '2026-03-01T00:00:00.000Z',
      },
    ]);
    expect((screen.getByLabelText('Action') as HTMLSelectElement).value).toBe('content.');
    expect((screen.getByLabelText('Type of item') as HTMLSelectElement).value).toBe('topics');
    expect((screen.getByLabelText(/From/) as HTMLInputElement).value).toBe('2026-03-01');
  });

  it('puts the applied filters in the address, from page 1, so Back returns to the last view', async () => {
    const { location, auditQueries } = renderAudit('/audit?page=3');
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('User’s email address'), {
      target: { value: 'Sam@Example.org' },
    });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'user.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(location.history?.at(-1)).toBe('/audit?user=Sam%40Example.org&action=user.'),
    );
    await waitFor(() =>
      expect(auditQueries().at(-1)).toMatchObject({
        page: '1',
        actor: 'sam@example.org',
        action: 'user.',
      }),
    );
    expect(location.history).toEqual([
      '/audit?page=3',
      '/audit?user=Sam%40Example.org&action=user.',
    ]);
  });

  it('does not apply filters that are wrong, and says why', async () => {
    const { location } = renderAudit('/audit');
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText(/From/), { target: { value: '2026-03-05' } });
    fireEvent.change(screen.getByLabelText(/To/), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'The end date must be the same as or after the start date',
    );
    expect(location.history).toEqual(['/audit']);
  });

  it('pages through older and newer entries, keeping the filters', async () => {
    const { location, auditQueries } = renderAudit('/audit?action=content.');
    await screen.findByText(/Showing 1 to 3 of 120/);
    expect(screen.queryByRole('button', { name: 'Newer entries' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Older entries' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/audit?action=content.&page=2'));
    await waitFor(() =>
      expect(auditQueries().at(-1)).toMatchObject({ page: '2', action: 'content.' }),
    );
    expect(await screen.findByText('Page 2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Newer entries' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/audit?action=content.'));
  });

  it('shows each entry in words, with links to the content and the user', async () => {
    renderAudit('/audit');
    const table = await screen.findByRole('table');
    const [publish, update, failure] = within(table).getAllByRole('row').slice(1) as HTMLElement[];
    if (!publish || !update || !failure) throw new Error('three rows expected');
    expect(within(publish).getByText('Published')).toBeTruthy();
    expect(within(publish).getByRole('link', { name: 'role-clarity' }).getAttribute('href')).toBe(
      '/content/topics/role-clarity',
    );
    expect(within(publish).getByText('3 Mar 2026, 14:05:09 UTC')).toBeTruthy();
    expect(within(publish).getByText('Revision 4')).toBeTruthy();
    expect(within(publish).getByText('192.0.2.10')).toBeTruthy();
    expect(
      within(publish).getByRole('link', { name: 'sam@example.org' }).getAttribute('href'),
    ).toBe('/users/u-sam');
    // User targets are named by email once the users are known.
    expect(
      (await within(update).findByRole('link', { name: 'kim@example.org' })).getAttribute('href'),
    ).toBe('/users/u-kim');
    expect(within(failure).getByText('No account has this email address')).toBeTruthy();
    expect(within(failure).getByText('No account')).toBeTruthy();
  });
});
