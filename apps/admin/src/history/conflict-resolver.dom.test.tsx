import { type AdminItem, ToolkitTopicSchema } from '@peer-toolkit/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictResolver } from './conflict-resolver.js';
import { findConflicts, mergeContent } from './merge-content.js';
import { roleClarityItem } from './role-clarity.test-support.js';

afterEach(cleanup);

const evidence = [{ publicationId: 'case-studies', strength: 'research-finding' }];

/** What was saved first: the version the user started from, with a third finding added by them. */
const theirsContent = {
  id: 'role-clarity',
  slug: 'role-clarity',
  order: 2,
  title: 'Role clarity',
  summary: 'Peer workers need a clear role that everyone understands.',
  findings: [
    { text: 'Unclear roles led to drift into clinical tasks.', evidence },
    { text: 'Teams valued a written role description.', evidence },
    { text: 'Supervision from a peer helped keep the role.', evidence },
  ],
  discussionQuestions: {
    'peer-workers': [],
    'people-using-services': [],
    'team-colleagues': [],
    managers: ['Who decides what peer workers do?'],
  },
  suggestedActions: [],
  evidence,
};

/** What the user has on screen: their own edits to the title, summary, second finding and order. */
const mine: Record<string, unknown> = {
  ...structuredClone(theirsContent),
  order: 4,
  title: 'Being clear about the role',
  summary: 'Peer workers need a clear role that the whole team understands and supports.',
  findings: [
    { text: 'Unclear roles led to drift into clinical tasks.', evidence },
    { text: 'Teams valued a written, agreed role description.', evidence },
  ],
  // Typed but not yet chosen: a key the form holds with nothing in it.
  draftNote: undefined,
};

const theirs: AdminItem = roleClarityItem(7, 5, theirsContent);

function renderResolver() {
  const onResolve = vi.fn();
  const onCancel = vi.fn();
  render(
    <ConflictResolver
      schema={ToolkitTopicSchema}
      mine={mine}
      theirs={theirs}
      onResolve={onResolve}
      onCancel={onCancel}
    />,
  );
  return { onResolve, onCancel };
}

function field(label: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: label });
  const fieldset = heading.closest('fieldset');
  if (!fieldset) throw new Error(`${label} is not in a fieldset`);
  return fieldset;
}

const choose = (label: string, choice: 'Keep mine' | 'Take theirs' | 'Edit by hand') =>
  fireEvent.click(within(field(label)).getByLabelText(choice));

describe('ConflictResolver', () => {
  it('says plainly who saved a newer version and that nothing typed is lost', () => {
    renderResolver();
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.textContent).toBe('Someone else saved a newer version');
    expect(document.activeElement).toBe(title);
    const intro = title.nextElementSibling?.textContent ?? '';
    expect(intro).toContain('Sam Okafor saved a newer version (revision 7)');
    expect(intro).toContain('while you were editing');
    expect(intro).toContain('nothing you typed is lost');
  });

  it('shows only the fields that differ, named with the schema’s titles, mine beside theirs', () => {
    renderResolver();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([
      'Order shown',
      'Topic title',
      'Summary',
      'What the research found › 2 › Text',
      'What the research found › 3',
    ]);
    expect(screen.getByText('5 fields are different.', { exact: false })).toBeTruthy();
    const summary = field('Summary');
    expect(within(summary).getByText('Your version')).toBeTruthy();
    expect(within(summary).getByText(mine.summary as string)).toBeTruthy();
    expect(within(summary).getByText('Their version, saved by Sam Okafor')).toBeTruthy();
    expect(within(summary).getByText(theirsContent.summary)).toBeTruthy();
    // A whole list entry only they have is shown in words, and cannot be typed over.
    const third = field('What the research found › 3');
    expect(within(third).getByText('(Not in your version)')).toBeTruthy();
    expect(within(third).getByText('Supervision from a peer helped keep the role.')).toBeTruthy();
    expect(within(third).queryByLabelText('Edit by hand')).toBeNull();
    expect(within(third).getAllByRole('radio')).toHaveLength(2);
    expect(within(summary).getAllByRole('radio')).toHaveLength(3);
  });

  it('passes exactly the chosen mix to onResolve, built on their version', () => {
    const { onResolve } = renderResolver();
    choose('Order shown', 'Take theirs');
    choose('Topic title', 'Keep mine');
    choose('Summary', 'Edit by hand');
    const text = within(field('Summary')).getByLabelText('Merged text for Summary');
    // Hand-merging starts from the user's own words.
    expect((text as HTMLTextAreaElement).value).toBe(mine.summary);
    fireEvent.change(text, { target: { value: 'Peer workers need a clear, agreed role.' } });
    choose('What the research found › 2 › Text', 'Keep mine');
    choose('What the research found › 3', 'Take theirs');
    fireEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    expect(onResolve).toHaveBeenCalledTimes(1);
    expect(onResolve.mock.calls[0]?.[0]).toEqual({
      ...theirsContent,
      title: 'Being clear about the role',
      summary: 'Peer workers need a clear, agreed role.',
      findings: [
        { text: 'Unclear roles led to drift into clinical tasks.', evidence },
        { text: 'Teams valued a written, agreed role description.', evidence },
        { text: 'Supervision from a peer helped keep the role.', evidence },
      ],
    });
  });

  it('keeps a hand-merged text while the user switches between choices', () => {
    const { onResolve } = renderResolver();
    choose('Summary', 'Edit by hand');
    fireEvent.change(within(field('Summary')).getByLabelText('Merged text for Summary'), {
      target: { value: 'My merge.' },
    });
    choose('Summary', 'Take theirs');
    expect(within(field('Summary')).queryByLabelText('Merged text for Summary')).toBeNull();
    choose('Summary', 'Edit by hand');
    expect(
      (within(field('Summary')).getByLabelText('Merged text for Summary') as HTMLTextAreaElement)
        .value,
    ).toBe('My merge.');
    fireEvent.click(screen.getByRole('button', { name: 'Take theirs for every field' }));
    choose('Summary', 'Edit by hand');
    fireEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    expect(onResolve.mock.calls[0]?.[0]).toEqual({ ...theirsContent, summary: 'My merge.' });
  });

  it('gives the user’s own version back whole when they keep theirs for every field', () => {
    const { onResolve } = renderResolver();
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine for every field' }));
    expect(screen.getByRole('status').textContent).toBe('Your version chosen for all 5 fields.');
    fireEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    const { draftNote: _unset, ...saved } = mine;
    expect(onResolve.mock.calls[0]?.[0]).toEqual(saved);
  });

  it('asks for a choice for every field before saving, and keeps mine on screen', () => {
    const { onResolve } = renderResolver();
    choose('Topic title', 'Keep mine');
    fireEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    expect(onResolve).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('There is a problem');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Choose which version of Order shown to keep',
      'Choose which version of Summary to keep',
      'Choose which version of What the research found › 2 › Text to keep',
      'Choose which version of What the research found › 3 to keep',
    ]);
    expect(document.activeElement).toBe(summary);
    const target = links[1]?.getAttribute('href')?.slice(1) ?? '';
    expect(document.getElementById(target)?.closest('fieldset')).toBe(field('Summary'));
    expect(within(field('Summary')).getByText(mine.summary as string)).toBeTruthy();
  });

  it('cancels without resolving', () => {
    const { onResolve, onCancel } = renderResolver();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel and keep editing my version' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onResolve).not.toHaveBeenCalled();
  });
});

describe('mergeContent', () => {
  const schema = ToolkitTopicSchema;
  const base = { title: 'T', findings: [{ text: 'a', evidence: [] }] };

  it('appends list entries only the user has, in order, without gaps', () => {
    const withMore = {
      ...base,
      findings: [...base.findings, { text: 'b', evidence: [] }, { text: 'c', evidence: [] }],
    };
    const fields = findConflicts(schema, withMore, base);
    expect(fields.map((f) => f.label)).toEqual([
      'What the research found › 2',
      'What the research found › 3',
    ]);
    const [second, third] = fields;
    const merged = mergeContent(
      base,
      fields,
      { [second?.key ?? '']: 'theirs', [third?.key ?? '']: 'mine' },
      {},
    );
    expect(merged).toEqual({
      title: 'T',
      findings: [
        { text: 'a', evidence: [] },
        { text: 'c', evidence: [] },
      ],
    });
  });

  it('removes list entries the user removed from the end backwards', () => {
    const longer = {
      ...base,
      findings: ['a', 'b', 'c'].map((text) => ({ text, evidence: [] })),
    };
    const fields = findConflicts(schema, base, longer);
    const choices = Object.fromEntries(fields.map((f) => [f.key, 'mine' as const]));
    expect(mergeContent(longer, fields, choices, {})).toEqual(base);
    expect(longer.findings).toHaveLength(3);
  });
});
