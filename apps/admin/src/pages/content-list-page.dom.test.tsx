import { SEED_AUTHOR } from '@peer-toolkit/core';
import { roleDefinitionTopic } from '@peer-toolkit/core/fixtures';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app.js';
import { adminItem, type FakeApi, sessionFor, stubApi } from '../edit/fake-api.test-support.js';

const topic = roleDefinitionTopic as unknown as Record<string, unknown>;
const at = '2025-01-02T10:00:00.000Z';

let api: FakeApi;

beforeEach(() => {
  api = stubApi();
  api.on('GET', '/admin/auth/session', { body: sessionFor('editor') });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A topic last saved by the given author. */
const savedBy = (id: string, author: string, authorName: string | null) =>
  adminItem(
    'topics',
    { ...topic, id, title: `Topic ${id}` },
    { current: { number: 2, author, authorName, createdAt: at } },
  );

describe('ContentListPage', () => {
  it('says who last changed each item by name, else "Default content" or the email', async () => {
    const items = [
      savedBy('named', 'edie@example.org', 'Edie Editor'),
      savedBy('seeded', SEED_AUTHOR, null),
      savedBy('no-account', 'gone@example.org', null),
    ];
    api.on('GET', '/admin/content/topics', {
      body: { page: 1, pageSize: 50, total: items.length, totalPages: 1, items },
    });
    window.history.replaceState(null, '', '/admin/content/topics');
    render(<App />);
    const table = await screen.findByRole('table');
    const header = within(table).getAllByRole('columnheader');
    const column = header.findIndex((cell) => cell.textContent === 'Last changed by');
    expect(column).toBeGreaterThan(-1);
    const authors = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[column]?.textContent);
    expect(authors).toEqual(['Edie Editor', 'Default content', 'gone@example.org']);
  });
});
