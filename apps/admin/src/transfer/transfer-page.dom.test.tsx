import type { ExportDocument, Role } from '@peer-toolkit/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SessionProvider } from '../session/session-context.js';
import { fakeApi, problem, sessionFor } from '../test-support/fake-api.js';
import { TransferPage } from './transfer-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const at = '2026-01-01T00:00:00.000Z';
const exportDocument: ExportDocument = {
  format: 'peer-toolkit-export',
  formatVersion: 1,
  exportedAt: at,
  items: [
    {
      collection: 'topics',
      id: 'role-definition',
      createdAt: at,
      deletedAt: null,
      inReview: false,
      wasPublished: false,
      publishedRevision: 1,
      revisions: [
        {
          number: 1,
          content: { id: 'role-definition' },
          author: 'a@b.org',
          createdAt: at,
          note: null,
        },
        {
          number: 2,
          content: { id: 'role-definition' },
          author: 'a@b.org',
          createdAt: at,
          note: null,
        },
      ],
    },
  ],
};

const report = (overrides = {}) => ({
  dryRun: true,
  created: [{ collection: 'roles', id: 'crisis-peer-worker' }],
  updated: [{ collection: 'topics', id: 'role-definition', changes: ['newest version'] }],
  unchanged: 40,
  deleted: [],
  basis: 'basis-1',
  ...overrides,
});

function renderPage() {
  return render(
    <Router hook={memoryLocation({ path: '/transfer' }).hook}>
      <SessionProvider>
        <TransferPage />
      </SessionProvider>
    </Router>,
  );
}

const session = (role: Role = 'admin') => ({
  'GET /admin/auth/session': { body: sessionFor({ role }) },
});

async function chooseFile(text: string) {
  const input = await screen.findByLabelText('Export file');
  fireEvent.change(input, {
    target: { files: [new File([text], 'export.json', { type: 'application/json' })] },
  });
}

const checkButton = () => screen.getByRole('button', { name: 'Check what the import would do' });
const imports = (api: ReturnType<typeof fakeApi>) =>
  api.actions().filter((request) => request.path === '/admin/import');

describe('TransferPage', () => {
  it.each(['editor', 'publisher'] as const)('tells a %s they may not use it', async (role) => {
    const api = fakeApi(session(role));
    renderPage();
    expect(
      await screen.findByRole('heading', { name: 'You do not have permission to see this page' }),
    ).toBeTruthy();
    expect(api.actions()).toEqual([]);
  });

  it('offers the export as a download', async () => {
    fakeApi(session());
    renderPage();
    const link = await screen.findByRole('link', { name: 'Download the export' });
    expect(link.getAttribute('href')).toBe('/api/v1/admin/export');
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('asks for a file, and refuses one that is not an export without sending it', async () => {
    const api = fakeApi(session());
    renderPage();
    await screen.findByLabelText('Export file');
    fireEvent.click(checkButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Choose an export file');

    await chooseFile('{ not json');
    fireEvent.click(checkButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('it is not JSON'));
    await chooseFile(JSON.stringify({ format: 'something-else' }));
    fireEvent.click(checkButton());
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('not an export from the toolkit'),
    );
    expect(imports(api)).toEqual([]);
  });

  it('shows what the import would do, then applies exactly that with the basis of the check', async () => {
    const api = fakeApi({
      ...session(),
      'POST /admin/import': ({ body }) => ({
        body: report({ dryRun: (body as { dryRun: boolean }).dryRun }),
      }),
    });
    renderPage();
    await chooseFile(JSON.stringify(exportDocument));
    fireEvent.click(screen.getByLabelText('Also delete items that are not in the file'));
    fireEvent.click(checkButton());
    const region = await screen.findByRole('region', { name: 'What the import would do' });
    expect(region.textContent).toContain('1 new item');
    expect(region.textContent).toContain('1 changed item');
    expect(region.textContent).toContain('40 items unchanged');
    expect(within(region).getByText(/Toolkit topic “role-definition”/).textContent).toContain(
      'newest version',
    );
    expect(imports(api)[0]?.body).toEqual({
      document: exportDocument,
      dryRun: true,
      deleteMissing: true,
    });

    fireEvent.click(within(region).getByRole('button', { name: 'Import these changes' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Imported: 1 new'),
    );
    expect(imports(api)[1]?.body).toEqual({
      document: exportDocument,
      dryRun: false,
      deleteMissing: true,
      basis: 'basis-1',
    });
    expect(screen.queryByRole('region', { name: 'What the import would do' })).toBeNull();
  });

  it('asks to check again when the content changed after the check', async () => {
    const api = fakeApi({
      ...session(),
      'POST /admin/import': ({ body }) =>
        (body as { dryRun: boolean }).dryRun
          ? { body: report() }
          : { status: 412, body: problem(412, 'PRECONDITION_FAILED', 'Changed since.') },
    });
    renderPage();
    await chooseFile(JSON.stringify(exportDocument));
    fireEvent.click(checkButton());
    fireEvent.click(await screen.findByRole('button', { name: 'Import these changes' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Check it again'));
    expect(screen.queryByRole('region', { name: 'What the import would do' })).toBeNull();
    expect(imports(api)).toHaveLength(2);
  });

  it('lists the problems the API found, naming item, revision and field', async () => {
    fakeApi({
      ...session(),
      'POST /admin/import': {
        status: 422,
        body: problem(
          422,
          'VALIDATION_FAILED',
          'The document has problems. Nothing was imported.',
          [
            {
              path: ['body', 'document', 'items', 0, 'revisions', 1, 'content', 'title'],
              message: 'Enter a title',
            },
          ],
        ),
      },
    });
    renderPage();
    await chooseFile(JSON.stringify(exportDocument));
    fireEvent.click(checkButton());
    expect(
      await screen.findByText(
        'Toolkit topic “role-definition”, revision 2 › Topic title: Enter a title',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Nothing was imported');
  });

  it('forgets a check when another file is chosen', async () => {
    fakeApi({ ...session(), 'POST /admin/import': { body: report() } });
    renderPage();
    await chooseFile(JSON.stringify(exportDocument));
    fireEvent.click(checkButton());
    await screen.findByRole('region', { name: 'What the import would do' });
    await chooseFile(JSON.stringify(exportDocument));
    expect(screen.queryByRole('region', { name: 'What the import would do' })).toBeNull();
  });
});
