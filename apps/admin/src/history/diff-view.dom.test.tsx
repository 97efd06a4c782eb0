import { type FieldChange, ToolkitTopicSchema } from '@peer-toolkit/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DiffView } from './diff-view.js';
import { fieldPathLabel } from './schema-paths.js';

afterEach(cleanup);

const schema = ToolkitTopicSchema;

function changeItems() {
  return screen.getAllByRole('listitem').filter((item) => item.classList.contains('admin-change'));
}

describe('fieldPathLabel', () => {
  it('names a path with the schema’s field titles, counting list entries from 1', () => {
    expect(fieldPathLabel(schema, ['findings', 1, 'text'])).toBe(
      'What the research found › 2 › Text',
    );
    expect(fieldPathLabel(schema, ['findings', 0, 'evidence', 2, 'publicationId'])).toBe(
      'What the research found › 1 › Evidence › 3 › Publication',
    );
    expect(fieldPathLabel(schema, ['discussionQuestions', 'managers', 0])).toBe(
      'Questions to discuss › Questions for managers › 1',
    );
    expect(fieldPathLabel(schema, ['summary'])).toBe('Summary');
  });

  it('falls back to readable words where the schema has no such field', () => {
    expect(fieldPathLabel(schema, ['relatedTopicIds', 0])).toBe('Related topic ids › 1');
  });
});

describe('DiffView', () => {
  it('names each change with its field titles and its kind in words', () => {
    const changes: FieldChange[] = [
      { path: ['title'], kind: 'changed', before: 'Role clarity', after: 'Role definition' },
      {
        path: ['findings', 2],
        kind: 'added',
        after: { text: 'Peer workers valued supervision.', evidence: [] },
      },
      { path: ['discussionQuestions', 'managers', 0], kind: 'removed', before: 'Who decides?' },
    ];
    render(<DiffView schema={schema} changes={changes} />);
    expect(screen.getByText('3 changes')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Topic title: Changed',
      'What the research found › 3: Added',
      'Questions to discuss › Questions for managers › 1: Removed',
    ]);
    const [, added, removed] = changeItems();
    // An added list entry is shown in words with its fields’ titles, not as JSON.
    expect(within(added as HTMLElement).getByText('Text')).toBeTruthy();
    expect(within(added as HTMLElement).getByText('Peer workers valued supervision.')).toBeTruthy();
    expect(within(added as HTMLElement).getByText('(None)')).toBeTruthy();
    expect(added?.textContent).not.toContain('{');
    expect(within(removed as HTMLElement).getByText('Removed', { selector: 'p' })).toBeTruthy();
    expect(within(removed as HTMLElement).getByText('Who decides?')).toBeTruthy();
  });

  it('marks changed words with <del>/<ins> and words that say removed and added', () => {
    render(
      <DiffView
        schema={schema}
        changes={[
          {
            path: ['findings', 1, 'text'],
            kind: 'changed',
            before: 'Peer workers need clear roles and regular supervision from a peer.',
            after: 'Peer workers need clear roles and regular, reflective supervision from a peer.',
          },
        ]}
      />,
    );
    const [item] = changeItems();
    expect(within(item as HTMLElement).getByRole('heading').textContent).toBe(
      'What the research found › 2 › Text: Changed',
    );
    const inserted = (item as HTMLElement).querySelectorAll('ins');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]?.textContent).toBe('[added: , reflective]');
    expect(inserted[0]?.querySelector('.ptk-visually-hidden')?.textContent).toBe('[added: ');
    expect((item as HTMLElement).querySelectorAll('del')).toHaveLength(0);
    expect(item?.textContent).toContain('Peer workers need clear roles and regular');
    // The key explains the marks in words.
    expect(screen.getByText(/removed words are struck through/)).toBeTruthy();
  });

  it('says which words were removed, in words', () => {
    render(
      <DiffView
        schema={schema}
        changes={[
          {
            path: ['summary'],
            kind: 'changed',
            before: 'Roles work when everyone shares the same clear expectations.',
            after: 'Roles work when everyone shares the same expectations.',
          },
        ]}
      />,
    );
    const deleted = document.querySelectorAll('.admin-change del');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.textContent).toBe('[removed: clear]');
  });

  it('shows a rewritten text and other changed values as labelled before and after', () => {
    render(
      <DiffView
        schema={schema}
        changes={[
          { path: ['order'], kind: 'changed', before: 3, after: 5 },
          { path: ['title'], kind: 'changed', before: 'Pay', after: 'Supervision arrangements' },
        ]}
      />,
    );
    for (const item of changeItems()) {
      expect(within(item).getByText('Before')).toBeTruthy();
      expect(within(item).getByText('After')).toBeTruthy();
    }
    const [order, title] = changeItems();
    expect(order?.textContent).toContain('Order shown');
    expect(order?.textContent).toMatch(/Before3After5/);
    expect(title?.querySelector('ins')).toBeNull();
  });

  it('says so when the two versions are the same', () => {
    render(<DiffView schema={schema} changes={[]} />);
    expect(screen.getByText('These two versions have the same content.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
