import type { AdminItem } from '@peer-toolkit/core';
import { roleDefinitionTopic } from '@peer-toolkit/core/fixtures';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app.js';
import {
  adminItem,
  answerLists,
  type FakeApi,
  problem,
  type RecordedRequest,
  sessionFor,
  stubApi,
} from './fake-api.test-support.js';
import { localDraftKey, readLocalDraft, writeLocalDraft } from './local-draft.js';

const ITEM_PATH = '/admin/content/topics/role-definition';
const topic = roleDefinitionTopic as unknown as Record<string, unknown>;

/** The version a colleague saved first, as a 412 returns it: revision 4 with their title. */
const theirVersion = () =>
  adminItem(
    'topics',
    { ...topic, title: 'Their title' },
    {
      current: {
        number: 4,
        author: 'colleague@example.org',
        authorName: 'Cole League',
        createdAt: '2025-01-03T10:00:00.000Z',
      },
    },
  );

let api: FakeApi;

beforeEach(() => {
  localStorage.clear();
  api = stubApi();
  answerLists(api);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function openEditor(
  role: 'editor' | 'publisher',
  item: AdminItem = adminItem('topics', topic),
  address = `/admin/content/topics/${item.id}`,
) {
  api.on('GET', '/admin/auth/session', { body: sessionFor(role) });
  api.on('GET', `/admin/content/topics/${item.id}`, { body: item });
  window.history.replaceState(null, '', address);
  render(<App />);
}

function sentTitle(request: RecordedRequest | undefined) {
  return (request?.body as { content?: { title?: string } } | undefined)?.content?.title;
}

const titleBox = () => screen.findByLabelText('Topic title') as Promise<HTMLInputElement>;
const button = (name: string) => screen.getByRole('button', { name });
const actionNames = () =>
  within(screen.getByRole('complementary', { name: 'Actions' }))
    .queryAllByRole('button')
    .map((b) => b.textContent);

describe('the actions on offer', () => {
  it('lets an editor save and submit, but not publish or delete', async () => {
    openEditor('editor');
    await titleBox();
    expect(actionNames()).toEqual(['Save draft', 'Submit for review']);
  });

  it('lets a publisher publish, unpublish and delete a published item with changes', async () => {
    const published = {
      number: 2,
      author: 'p@example.org',
      authorName: null,
      createdAt: '2025-01-01T10:00:00.000Z',
    };
    openEditor('publisher', adminItem('topics', topic, { status: 'changed', published }));
    await titleBox();
    expect(actionNames()).toEqual([
      'Save draft',
      'Submit for review',
      'Publish',
      'Unpublish',
      'Delete',
    ]);
    expect(screen.getByText('Published, with unpublished changes')).toBeTruthy();
    expect(screen.getByText(/The public site shows revision 2/)).toBeTruthy();
  });

  it('offers only restoring a deleted item, and only to a publisher', async () => {
    openEditor('publisher', adminItem('topics', topic, { deleted: true }));
    await titleBox();
    expect(actionNames()).toEqual(['Restore this item']);
    cleanup();
    openEditor('editor', adminItem('topics', topic, { deleted: true }));
    await titleBox();
    expect(actionNames()).toEqual([]);
    expect(screen.getByText(/Ask a publisher to restore it/)).toBeTruthy();
  });

  it('changes the labels when there are unsaved changes to save first', async () => {
    openEditor(
      'publisher',
      adminItem('topics', topic, {
        status: 'published',
        published: {
          number: 3,
          author: 'a',
          authorName: null,
          createdAt: '2025-01-01T10:00:00.000Z',
        },
      }),
    );
    const title = await titleBox();
    expect(actionNames()).toEqual(['Save draft', 'Unpublish', 'Delete']);
    fireEvent.change(title, { target: { value: 'Defining it' } });
    expect(actionNames()).toEqual([
      'Save draft',
      'Save and submit for review',
      'Save and publish',
      'Unpublish',
      'Delete',
    ]);
  });

  it('announces a message the history screen left, once', async () => {
    const item = adminItem('topics', topic);
    api.on('GET', '/admin/auth/session', { body: sessionFor('editor') });
    api.on('GET', `/admin/content/topics/${item.id}`, { body: item });
    window.history.replaceState(
      { flash: 'Revision 1 has been restored as a new draft.' },
      '',
      `/admin/content/topics/${item.id}`,
    );
    render(<App />);
    await titleBox();
    expect(
      screen.getByText('Revision 1 has been restored as a new draft.').closest('[role="status"]'),
    ).toBeTruthy();
    expect((window.history.state as { flash?: string }).flash).toBeUndefined();
  });

  it('shows the status, the last editor and a link to the history', async () => {
    openEditor('editor');
    await titleBox();
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(screen.getByText(/Revision 3, last changed by Edie Editor on/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'History of this item' }).getAttribute('href')).toBe(
      '/admin/content/topics/role-definition/history',
    );
  });
});

describe('saving', () => {
  it('saves with the ETag it loaded, then with the one the save returned', async () => {
    api.on('PUT', ITEM_PATH, (request) => {
      const number = request.ifMatch === '"r3"' ? 4 : 5;
      return {
        body: adminItem('topics', request.body as never, {
          current: { number, author: 'e', authorName: null, createdAt: '2025-01-03T10:00:00.000Z' },
        }),
      };
    });
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: 'Defining the peer role' } });
    fireEvent.click(button('Save draft'));
    await screen.findByText('Draft saved as revision 4.');
    const [first] = api.requests.filter((r) => r.method === 'PUT');
    expect(first?.ifMatch).toBe('"r3"');
    expect(sentTitle(first)).toBe('Defining the peer role');
    expect(screen.getByText('No unsaved changes.')).toBeTruthy();
    fireEvent.click(button('Save draft'));
    await screen.findByText('Draft saved as revision 5.');
    expect(api.requests.filter((r) => r.method === 'PUT')[1]?.ifMatch).toBe('"r4"');
  });

  it('checks the form first and lists every problem, focused, without sending anything', async () => {
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Order shown'), { target: { value: 'first' } });
    fireEvent.click(button('Save draft'));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => [l.getAttribute('href'), l.textContent]),
    ).toEqual([
      ['#field-order', 'Enter the order shown as a whole number'],
      ['#field-title', 'Enter a topic title'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('shows the API’s field problems against the same fields', async () => {
    api.on(
      'PUT',
      ITEM_PATH,
      problem(422, 'VALIDATION_FAILED', 'Some fields need changing before this can be saved.', {
        issues: [
          { path: ['body', 'content', 'findings', 0, 'text'], message: 'Say it differently' },
        ],
      }),
    );
    openEditor('editor');
    await titleBox();
    fireEvent.click(button('Save draft'));
    const link = await screen.findByRole('link', { name: 'Finding 1: Say it differently' });
    expect(link.getAttribute('href')).toBe('#field-findings-0-text');
    expect(document.getElementById('field-findings-0-text-error')?.textContent).toContain(
      'Say it differently',
    );
  });

  it('keeps what was typed when someone else saved first, and shows both versions', async () => {
    const theirs = theirVersion();
    api.on(
      'PUT',
      ITEM_PATH,
      problem(412, 'PRECONDITION_FAILED', 'Someone saved a newer version.', { current: theirs }),
    );
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: 'My title' } });
    fireEvent.click(button('Save draft'));
    await screen.findByRole('heading', { name: 'Someone else saved a newer version' });
    expect(screen.getByText('Cole League', { selector: 'strong' })).toBeTruthy();
    expect(screen.getAllByText('My title').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Their title').length).toBeGreaterThan(0);
    fireEvent.click(button('Cancel and keep editing my version'));
    expect((await titleBox()).value).toBe('My title');
    await waitFor(() =>
      expect(readLocalDraft(localDraftKey('topics', 'role-definition'))?.value.title).toBe(
        'My title',
      ),
    );
  });

  it('saves a merged version on the newer revision', async () => {
    const theirs = theirVersion();
    api.on('PUT', ITEM_PATH, (request) =>
      request.ifMatch === '"r3"'
        ? problem(412, 'PRECONDITION_FAILED', 'Someone saved a newer version.', { current: theirs })
        : {
            body: adminItem('topics', request.body as never, {
              current: {
                number: 5,
                author: 'e',
                authorName: null,
                createdAt: '2025-01-03T11:00:00.000Z',
              },
            }),
          },
    );
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: 'My title' } });
    fireEvent.click(button('Save draft'));
    await screen.findByRole('heading', { name: 'Someone else saved a newer version' });
    fireEvent.click(button('Keep mine for every field'));
    fireEvent.click(button('Save merged version'));
    await screen.findByText('Draft saved as revision 5.');
    const last = api.requests.filter((r) => r.method === 'PUT').at(-1);
    expect(last?.ifMatch).toBe('"r4"');
    expect(sentTitle(last)).toBe('My title');
  });
});

describe('publishing and the other actions', () => {
  it('lists what stops a publish, each linking to where to fix it', async () => {
    api.on(
      'POST',
      `${ITEM_PATH}/publish`,
      problem(
        422,
        'INTEGRITY_FAILED',
        'Publishing would leave broken references or claims without evidence.',
        {
          issues: [
            {
              path: ['topics', 'role-definition', 'findings', 0, 'evidence'],
              message: 'Add at least one publication as evidence for this',
            },
            {
              path: ['roles', 'crisis-peer-worker', 'relatedTopicIds', 0],
              message: 'This refers to the toolkit topic "gone", which does not exist',
            },
          ],
        },
      ),
    );
    openEditor('publisher');
    await titleBox();
    fireEvent.click(button('Publish'));
    const summary = await screen.findByRole('alert', { name: 'This cannot be published yet' });
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.getAttribute('href'), l.textContent])).toEqual([
      [
        '#field-findings-0-evidence',
        'Finding 1 › Evidence: Add at least one publication as evidence for this',
      ],
      [
        '/admin/content/roles/crisis-peer-worker#field-relatedTopicIds',
        'Peer worker role “crisis-peer-worker” › Related toolkit topics: This refers to the toolkit topic "gone", which does not exist',
      ],
    ]);
    expect(api.requests.find((r) => r.path.endsWith('/publish'))?.ifMatch).toBe('"r3"');
    // The summary has focus as soon as it is on screen, so nothing takes focus back later from
    // the field its link moves to.
    expect(document.activeElement).toBe(summary);
    fireEvent.click(links[0] as HTMLElement);
    await waitFor(() => expect(document.activeElement?.id).toBe('field-findings-0-evidence'));
    fireEvent.click(links[1] as HTMLElement);
    await waitFor(() =>
      expect(window.location.pathname).toBe('/admin/content/roles/crisis-peer-worker'),
    );
  });

  it('saves unsaved changes before publishing them, and publishes the saved revision', async () => {
    api.on('PUT', ITEM_PATH, (request) => ({
      body: adminItem('topics', request.body as never, {
        current: {
          number: 4,
          author: 'p',
          authorName: null,
          createdAt: '2025-01-03T10:00:00.000Z',
        },
      }),
    }));
    api.on('POST', `${ITEM_PATH}/publish`, {
      body: adminItem('topics', topic, {
        status: 'published',
        current: {
          number: 4,
          author: 'p',
          authorName: null,
          createdAt: '2025-01-03T10:00:00.000Z',
        },
        published: {
          number: 4,
          author: 'p',
          authorName: null,
          createdAt: '2025-01-03T10:00:00.000Z',
        },
      }),
    });
    openEditor('publisher');
    fireEvent.change(await titleBox(), { target: { value: 'Defining the role well' } });
    fireEvent.click(button('Save and publish'));
    await screen.findByText('Published. The public site shows this version now.');
    expect(api.requests.find((r) => r.path.endsWith('/publish'))?.ifMatch).toBe('"r4"');
    expect(screen.getByText('Published')).toBeTruthy();
  });

  it('asks before deleting', async () => {
    api.on('DELETE', ITEM_PATH, { body: adminItem('topics', topic, { deleted: true }) });
    openEditor('publisher');
    await titleBox();
    fireEvent.click(button('Delete'));
    const heading = await screen.findByRole('heading', { name: 'Delete “Defining the role”?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(button('No, keep it'));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(button('Delete'));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, delete it' }));
    await screen.findByText('Deleted. A publisher can restore it.');
    expect(actionNames()).toEqual(['Restore this item']);
  });
});

describe('nothing typed is lost', () => {
  it('keeps the form in this browser as it is typed, with the revision it was based on', async () => {
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: 'Typed but not saved' } });
    await waitFor(() => {
      const draft = readLocalDraft(localDraftKey('topics', 'role-definition'));
      expect(draft?.value.title).toBe('Typed but not saved');
      expect(draft?.baseEtag).toBe('"r3"');
    });
  });

  it('offers back unsaved changes newer than the server’s, and restores them', async () => {
    writeLocalDraft(localDraftKey('topics', 'role-definition'), {
      value: { ...topic, title: 'From last time' },
      baseEtag: '"r3"',
      savedAt: '2025-01-05T10:00:00.000Z',
    });
    openEditor('editor');
    const heading = await screen.findByRole('heading', { name: 'You have unsaved changes' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByLabelText('Topic title')).toBeNull();
    fireEvent.click(button('Restore your unsaved changes'));
    expect((await titleBox()).value).toBe('From last time');
    expect(screen.getByText(/You have unsaved changes. They are kept/)).toBeTruthy();
  });

  it('discards them when asked, and forgets them', async () => {
    const key = localDraftKey('topics', 'role-definition');
    writeLocalDraft(key, {
      value: { ...topic, title: 'From last time' },
      baseEtag: '"r3"',
      savedAt: '2025-01-05T10:00:00.000Z',
    });
    openEditor('editor');
    fireEvent.click(await screen.findByRole('button', { name: /^Discard/ }));
    expect((await titleBox()).value).toBe('Defining the role');
    expect(readLocalDraft(key)).toBeUndefined();
  });

  it('does not offer a local copy that matches the server', async () => {
    writeLocalDraft(localDraftKey('topics', 'role-definition'), {
      value: topic,
      savedAt: '2025-01-05T10:00:00.000Z',
    });
    openEditor('editor');
    await titleBox();
    expect(screen.queryByText('You have unsaved changes')).toBeNull();
  });

  it('forgets the local copy once it is saved', async () => {
    api.on('PUT', ITEM_PATH, (request) => ({
      body: adminItem('topics', request.body as never, {
        current: {
          number: 4,
          author: 'e',
          authorName: null,
          createdAt: '2025-01-03T10:00:00.000Z',
        },
      }),
    }));
    const key = localDraftKey('topics', 'role-definition');
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: 'Saved soon' } });
    await waitFor(() => expect(readLocalDraft(key)).toBeDefined());
    fireEvent.click(button('Save draft'));
    await screen.findByText('Draft saved as revision 4.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(readLocalDraft(key)).toBeUndefined();
  });

  it('asks to sign in when the session ends mid-edit, then saves what was typed', async () => {
    let signedIn = true;
    api.on('PUT', ITEM_PATH, (request) =>
      signedIn
        ? {
            body: adminItem('topics', request.body as never, {
              current: {
                number: 4,
                author: 'e',
                authorName: null,
                createdAt: '2025-01-03T10:00:00.000Z',
              },
            }),
          }
        : problem(401, 'UNAUTHENTICATED', 'You need to sign in.'),
    );
    api.on('POST', '/admin/auth/sign-in', () => {
      signedIn = true;
      return { body: sessionFor('editor') };
    });
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: 'Written before the session ended' } });
    signedIn = false;
    fireEvent.click(button('Save draft'));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    expect(screen.getByText(/Your session ended, so this was not done/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Email address'), {
      target: { value: 'editor@example.org' },
    });
    fireEvent.change(within(dialog).getByLabelText('Password'), {
      target: { value: 'a long password' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect((await titleBox()).value).toBe('Written before the session ended');
    await screen.findByText(/You are signed in again and your changes are still here/);
    fireEvent.click(button('Save draft'));
    await screen.findByText('Draft saved as revision 4.');
    const puts = api.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(sentTitle(puts[1])).toBe('Written before the session ended');
  });
});

describe('adding an item', () => {
  it('fills the id and address from the title, creates the item and opens it', async () => {
    api.on('GET', '/admin/auth/session', { body: sessionFor('editor') });
    api.on('POST', '/admin/content/topics', (request) => ({
      status: 201,
      body: adminItem('topics', (request.body as { content: Record<string, unknown> }).content),
    }));
    api.on('GET', '/admin/content/topics/peer-support-in-crisis', (request) => ({
      body: adminItem(
        'topics',
        { ...topic, id: 'peer-support-in-crisis', title: 'Peer support in crisis' },
        { title: request.path },
      ),
    }));
    window.history.replaceState(null, '', '/admin/content/topics/new');
    render(<App />);
    await screen.findByRole('heading', { name: 'New toolkit topic' });
    expect(actionNames()).toEqual(['Save as a draft']);
    fireEvent.change(await titleBox(), { target: { value: 'Peer support in crisis' } });
    expect((screen.getByLabelText('Identifier') as HTMLInputElement).value).toBe(
      'peer-support-in-crisis',
    );
    expect((screen.getByLabelText('Web address name') as HTMLInputElement).value).toBe(
      'peer-support-in-crisis',
    );
    fireEvent.change(screen.getByLabelText('Order shown'), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'A summary.' } });
    fireEvent.click(button('Save as a draft'));
    await waitFor(() =>
      expect(window.location.pathname).toBe('/admin/content/topics/peer-support-in-crisis'),
    );
    await screen.findByText(/Created as a draft/);
    expect(readLocalDraft(localDraftKey('topics', undefined))).toBeUndefined();
  });
});

describe('the preview', () => {
  it('shows the form’s value with the site’s own view', async () => {
    openEditor('editor');
    fireEvent.change(await titleBox(), { target: { value: 'A title only typed so far' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const panel = await screen.findByRole('tabpanel', { name: 'Preview' });
    expect(
      await within(panel).findByRole('heading', { level: 1, name: 'A title only typed so far' }),
    ).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'What the research found' })).toBeTruthy();
    // Evidence cites the fixture study, loaded from the public publications list.
    expect(
      within(panel).getAllByRole('link', { name: /Author et al\. \(2015\)/ }).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Preview' }).getAttribute('aria-selected')).toBe('true');
  });
});
