import type { Role } from '@peer-toolkit/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SessionProvider } from '../session/session-context.js';
import { HistoryPage } from './history-page.js';
import { roleClarityItem } from './role-clarity.test-support.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ITEM = '/api/v1/admin/content/topics/role-clarity';

const item = (current: number) => roleClarityItem(current, 2);

const revisions = {
  items: [
    {
      number: 3,
      author: 'sam@example.org',
      authorName: 'Sam Okafor',
      createdAt: '2026-03-03T14:05:00.000Z',
      note: 'Restored from revision 1',
      isPublished: false,
    },
    {
      number: 2,
      author: 'ali@example.org',
      authorName: null,
      createdAt: '2026-02-01T10:00:00.000Z',
      note: null,
      isPublished: true,
    },
    {
      number: 1,
      author: 'system:seed',
      authorName: null,
      createdAt: '2026-01-10T09:00:00.000Z',
      note: null,
      isPublished: false,
    },
  ],
};

const diff = (from: number, to: number) => ({
  from,
  to,
  changes: [
    {
      path: ['findings', 1, 'text'],
      kind: 'changed',
      before: 'Teams valued a written role description.',
      after: 'Teams valued a written, agreed role description.',
    },
  ],
});

interface Request {
  method: string;
  url: string;
  ifMatch: string | null;
}

/** A stand-in API: the session for `role`, the item at `current`, and what restore answers. */
function stubApi(role: Role, restoreStatus = 200) {
  const requests: Request[] = [];
  let current = 3;
  const json = (body: unknown, status = 200, etag?: string) =>
    new Response(JSON.stringify(body), {
      status,
      headers: {
        'content-type': status < 300 ? 'application/json' : 'application/problem+json',
        ...(etag ? { etag } : {}),
      },
    });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const headers = new Headers(init.headers);
      requests.push({ method, url: input, ifMatch: headers.get('if-match') });
      const url = new URL(input, 'http://admin.test');
      if (url.pathname === '/api/v1/admin/auth/session')
        return json({
          stage: 'signed-in',
          user: {
            id: 'u1',
            email: 'me@example.org',
            displayName: 'Me',
            role,
            totpEnabled: false,
            mustChangePassword: false,
          },
          idleExpiresAt: '2099-01-01T00:00:00.000Z',
          expiresAt: '2099-01-01T00:00:00.000Z',
        });
      if (url.pathname === ITEM) return json(item(current), 200, `"r${current}"`);
      if (url.pathname === `${ITEM}/revisions`) return json(revisions);
      if (url.pathname === `${ITEM}/diff`)
        return json(diff(Number(url.searchParams.get('from')), Number(url.searchParams.get('to'))));
      if (url.pathname === `${ITEM}/revisions/1/restore` && method === 'POST') {
        if (restoreStatus === 412)
          return json(
            {
              type: 'about:blank',
              title: 'Changed by someone else',
              status: 412,
              detail: 'Someone else saved a newer version.',
              code: 'PRECONDITION_FAILED',
            },
            412,
          );
        current = 4;
        return json(item(4), 200, '"r4"');
      }
      return json({ title: 'Not found', status: 404, detail: 'No such thing.' }, 404);
    }),
  );
  return requests;
}

function renderPage(search = '') {
  const location = memoryLocation({
    path: `/content/topics/role-clarity/history${search}`,
    record: true,
  });
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <SessionProvider>
        <Route path="/content/:type/:id/history" component={HistoryPage} />
        <Route path="/content/:type/:id">
          <p>Edit screen</p>
        </Route>
      </SessionProvider>
    </Router>,
  );
  return location;
}

const diffRequests = (requests: Request[]) =>
  requests.filter((request) => request.url.includes('/diff?')).map((request) => request.url);

describe('HistoryPage', () => {
  it('lists every revision with its author, time, note and which one is published', async () => {
    stubApi('editor');
    renderPage();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Revision 3 Latest',
      'Revision 2 Published',
      'Revision 1',
    ]);
    // Named where an account has that email; else the email, or "Default content" for the seed.
    expect(rows.map((row) => row.querySelector('td[data-label="Saved by"]')?.textContent)).toEqual([
      'Sam Okafor (sam@example.org)',
      'ali@example.org',
      'Default content',
    ]);
    expect(rows[0]?.textContent).toContain('Restored from revision 1');
    expect(
      within(rows[0] as HTMLElement)
        .getByText(/2026/)
        .getAttribute('datetime'),
    ).toBe('2026-03-03T14:05:00.000Z');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Toolkit topicHistory of “Role clarity”',
    );
  });

  it('shows the changes between the published and the latest revision first', async () => {
    const requests = stubApi('editor');
    renderPage();
    expect(
      (await screen.findByRole('heading', { name: /^Changes from revision/ })).textContent,
    ).toBe('Changes from revision 2 to revision 3');
    expect(
      (await screen.findByRole('heading', { level: 3 })).textContent?.startsWith(
        'What the research found › 2 › Text',
      ),
    ).toBe(true);
    expect(document.querySelector('.admin-change ins')?.textContent).toBe('[added: , agreed]');
    expect(diffRequests(requests)).toEqual([`${ITEM}/diff?from=2&to=3`]);
  });

  it('compares any two revisions the user chooses', async () => {
    const requests = stubApi('editor');
    const location = renderPage();
    fireEvent.change(await screen.findByLabelText('From'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show changes' }));
    expect(
      (await screen.findByRole('heading', { name: 'Changes from revision 1 to revision 2' }))
        .textContent,
    ).toBeTruthy();
    await waitFor(() => expect(diffRequests(requests)).toContain(`${ITEM}/diff?from=1&to=2`));
    expect(location.history?.at(-1)).toBe('/content/topics/role-clarity/history?from=1&to=2');
    // A newer revision can be the "from" one too.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show changes' }));
    await screen.findByRole('heading', { name: 'Changes from revision 3 to revision 1' });
    await waitFor(() => expect(diffRequests(requests)).toContain(`${ITEM}/diff?from=3&to=1`));
  });

  it('reads the two revisions from the address, so a comparison can be bookmarked', async () => {
    const requests = stubApi('editor');
    renderPage('?from=1&to=3');
    await screen.findByRole('heading', { name: 'Changes from revision 1 to revision 3' });
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe('1');
    await waitFor(() => expect(diffRequests(requests)).toEqual([`${ITEM}/diff?from=1&to=3`]));
  });

  it('offers restore to publishers only', async () => {
    stubApi('editor');
    renderPage();
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /Restore this version/ })).toBeNull();
    cleanup();

    stubApi('publisher');
    renderPage();
    await screen.findByRole('table');
    const buttons = await screen.findAllByRole('button', { name: /Restore this version/ });
    // Not the latest: it is already the draft.
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Restore this version as a new draft (revision 2)',
      'Restore this version as a new draft (revision 1)',
    ]);
  });

  it('asks to confirm, then restores with the current ETag and goes to the edit screen', async () => {
    const requests = stubApi('publisher');
    const location = renderPage();
    const restoreOne = await screen.findByRole('button', {
      name: 'Restore this version as a new draft (revision 1)',
    });
    fireEvent.click(restoreOne);
    const question = screen.getByRole('heading', {
      name: 'Restore revision 1 as a new draft?',
    });
    expect(document.activeElement).toBe(question);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: /Restore revision 1/ })).toBeNull();
    expect(document.activeElement).toBe(restoreOne);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.click(restoreOne);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, restore revision 1' }));
    });
    await screen.findByText('Edit screen');
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts).toEqual([
      { method: 'POST', url: `${ITEM}/revisions/1/restore`, ifMatch: '"r3"' },
    ]);
    expect(location.history?.at(-1)).toBe('/content/topics/role-clarity');
    expect(location.state).toEqual({
      flash:
        'Revision 1 has been restored as a new draft (revision 4). The public site does not change until it is published.',
    });
  });

  it('explains a restore refused because someone saved meanwhile, and reloads the list', async () => {
    const requests = stubApi('publisher', 412);
    renderPage();
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Restore this version as a new draft (revision 1)',
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, restore revision 1' }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Someone saved this item while you were looking at its history, so nothing was restored.',
    );
    expect(requests.filter((request) => request.url === `${ITEM}/revisions`)).toHaveLength(2);
    expect(screen.queryByText('Edit screen')).toBeNull();
  });
});
