import { ToolkitTopicSchema } from '@peer-toolkit/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  currentValue,
  FormHarness,
  validWorkshop,
  workshopSpec,
} from './form-test-harness.test-support.js';
import { SHOWN_LIMIT } from './reference-fields.js';
import type { ReferenceOption } from './reference-options.js';
import { describeItemSchema, specAtPath } from './schema-spec.js';

afterEach(cleanup);

const field = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No element #${id}`);
  return element as HTMLInputElement;
};

function groupOf(legend: string) {
  const found = screen
    .getAllByRole('group')
    .find((group) => group.querySelector('legend')?.textContent?.startsWith(legend));
  if (!found) throw new Error(`No group "${legend}"`);
  return found;
}

describe('reading a schema that is not in the registry', () => {
  it('finds every kind of field from the schema and its metadata alone', () => {
    const kinds = Object.fromEntries(workshopSpec.fields.map((f) => [f.key, f.kind]));
    expect(kinds).toEqual({
      id: 'text',
      title: 'text',
      summary: 'markdown',
      seats: 'number',
      isOnline: 'boolean',
      direction: 'enum',
      format: 'enum',
      setting: 'enum',
      lead: 'enum',
      settings: 'enum-list',
      topicId: 'reference',
      relatedTopicIds: 'reference-list',
      findings: 'list',
      activities: 'list',
      venue: 'object',
      extra: 'json',
    });
    expect(specAtPath(workshopSpec, ['findings', 0, 'evidence'])).toMatchObject({
      kind: 'list',
      evidence: true,
      itemNoun: 'Source',
    });
    expect(specAtPath(workshopSpec, ['findings', 0, 'evidence', 0, 'publicationId'])).toMatchObject(
      { kind: 'reference', collection: 'publications', title: 'Publication' },
    );
    expect(specAtPath(workshopSpec, ['seats'])).toMatchObject({ integer: true, min: 1, max: 40 });
  });

  it('names list entries from the list ("Finding") or the entry ("Activity")', () => {
    expect(specAtPath(workshopSpec, ['findings'])).toMatchObject({ itemNoun: 'Finding' });
    expect(specAtPath(workshopSpec, ['activities'])).toMatchObject({ itemNoun: 'Activity' });
    const topic = describeItemSchema(ToolkitTopicSchema);
    expect(specAtPath(topic, ['suggestedActions'])).toMatchObject({ itemNoun: 'Suggested action' });
    expect(specAtPath(topic, ['discussionQuestions', 'managers'])).toMatchObject({
      itemNoun: 'Question',
    });
  });

  it('does not show the identifier’s own description on a reference', () => {
    expect(specAtPath(workshopSpec, ['topicId'])?.description).toBeUndefined();
    expect(specAtPath(workshopSpec, ['id'])?.description).toMatch(/Stable identifier/);
  });
});

describe('the generated form', () => {
  it('labels every field, with hints and “(optional)” on optional ones only', () => {
    render(<FormHarness initial={validWorkshop} />);
    expect(screen.getByLabelText('Workshop name')).toBe(field('field-title'));
    expect(field('field-title').getAttribute('aria-describedby')).toContain('field-title-hint');
    expect(document.getElementById('field-title-hint')?.textContent).toBe(
      'As it appears in the programme.',
    );
    expect(screen.getByText('Room').textContent).toBe('Room (optional)');
    expect(groupOf('Who leads it').querySelector('legend')?.textContent).toBe(
      'Who leads it (optional)',
    );
    expect(screen.getByText('Workshop name').textContent).toBe('Workshop name');
    // A checkbox is always answered, so it carries no mark.
    expect(document.querySelector('label[for="field-isOnline"]')?.textContent).toBe('Held online');
  });

  it('edits single-line text, and leaves out an optional box left empty', () => {
    render(<FormHarness initial={validWorkshop} />);
    fireEvent.change(field('field-title'), { target: { value: 'Listening better' } });
    fireEvent.change(field('field-venue-room'), { target: { value: 'B2' } });
    expect(currentValue()).toMatchObject({ title: 'Listening better', venue: { room: 'B2' } });
    fireEvent.change(field('field-venue-room'), { target: { value: '' } });
    expect(currentValue().venue).toEqual({ name: 'Town hall' });
  });

  it('shows a field’s message once the field has been left, with the schema’s words', async () => {
    render(<FormHarness initial={validWorkshop} />);
    fireEvent.change(field('field-title'), { target: { value: '   ' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(screen.queryByText('Enter the workshop name')).toBeNull();
    fireEvent.blur(field('field-title'));
    await screen.findByText('Enter the workshop name');
    expect(field('field-title').getAttribute('aria-invalid')).toBe('true');
    expect(field('field-title').getAttribute('aria-describedby')).toContain('field-title-error');
    fireEvent.change(field('field-title'), { target: { value: 'Fixed' } });
    await waitFor(() => expect(screen.queryByText('Enter the workshop name')).toBeNull());
  });

  it('takes whole numbers, and says plainly when a number is wrong', async () => {
    render(<FormHarness initial={validWorkshop} />);
    const seats = field('field-seats');
    expect(seats.value).toBe('12');
    fireEvent.change(seats, { target: { value: '20' } });
    expect(currentValue().seats).toBe(20);
    fireEvent.change(seats, { target: { value: 'twenty' } });
    fireEvent.blur(seats);
    await screen.findByText('Enter the seats as a whole number');
    expect(seats.value).toBe('twenty');
    fireEvent.change(seats, { target: { value: '99' } });
    await screen.findByText('Seats must be 40 or less');
    expect(screen.getByText('A whole number from 1 to 40.')).toBeTruthy();
  });

  it('ticks a boolean', () => {
    render(<FormHarness initial={validWorkshop} />);
    fireEvent.click(screen.getByLabelText('Held online'));
    expect(currentValue().isOnline).toBe(true);
  });

  it('offers a few choices as radios, labelled from core’s label maps or humanised', () => {
    render(<FormHarness initial={validWorkshop} />);
    const direction = groupOf('Direction of risk');
    expect(
      within(direction)
        .getAllByRole('radio')
        .map((r) => r.nextSibling?.textContent),
    ).toEqual([
      'The peer worker’s wellbeing',
      'Risk to the people peer workers support',
      'Risk to the organisation',
    ]);
    fireEvent.click(within(direction).getByLabelText('The peer worker’s wellbeing'));
    expect(currentValue().direction).toBe('peer-worker-wellbeing');
    fireEvent.click(within(groupOf('Format')).getByLabelText('Small group'));
    expect(currentValue().format).toBe('small-group');
  });

  it('offers an optional choice a way back to nothing', () => {
    render(<FormHarness initial={{ ...validWorkshop, lead: 'team' }} />);
    const lead = groupOf('Who leads it');
    expect(within(lead).getByLabelText('The team')).toHaveProperty('checked', true);
    fireEvent.click(within(lead).getByLabelText('Not given'));
    expect(currentValue()).not.toHaveProperty('lead');
  });

  it('offers many choices in a select', () => {
    render(<FormHarness initial={validWorkshop} />);
    const select = screen.getByLabelText('Main setting') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect([...select.options].map((option) => option.text)).toContain('Leaving hospital');
    fireEvent.change(select, { target: { value: 'crisis' } });
    expect(currentValue().setting).toBe('crisis');
  });

  it('chooses any number from a set with checkboxes, kept in the set’s order', async () => {
    render(<FormHarness initial={validWorkshop} />);
    const settings = groupOf('Settings');
    fireEvent.click(within(settings).getByLabelText('Inpatient wards'));
    expect(currentValue().settings).toEqual(['inpatient', 'community']);
    fireEvent.click(within(settings).getByLabelText('Community teams'));
    fireEvent.click(within(settings).getByLabelText('Inpatient wards'));
    expect(currentValue().settings).toEqual([]);
    await within(settings).findByText('Choose at least one setting');
  });

  it('picks a reference by title, from the items loaded for its collection', async () => {
    render(<FormHarness initial={validWorkshop} />);
    const select = (await screen.findByLabelText('Toolkit topic')) as HTMLSelectElement;
    await waitFor(() =>
      expect([...select.options].map((option) => option.text)).toEqual([
        'Choose a toolkit topic',
        'Defining the role',
        'Supervision and support (not published yet)',
      ]),
    );
    fireEvent.change(select, { target: { value: 'supervision' } });
    expect(currentValue().topicId).toBe('supervision');
  });

  it('keeps a reference to a missing item visible, so it can be seen and changed', async () => {
    render(<FormHarness initial={{ ...validWorkshop, topicId: 'gone-topic' }} />);
    const select = (await screen.findByLabelText('Toolkit topic')) as HTMLSelectElement;
    await waitFor(() =>
      expect(select.selectedOptions[0]?.text).toBe(
        'gone-topic (not found: it may have been deleted)',
      ),
    );
  });

  it('picks many references from a filterable list of checkboxes, newest choice last', async () => {
    const many: ReferenceOption[] = Array.from({ length: 12 }, (_, index) => ({
      id: `topic-${index + 1}`,
      title: `Topic number ${index + 1}`,
      isPublished: true,
    }));
    render(
      <FormHarness
        initial={{ ...validWorkshop, relatedTopicIds: ['topic-3'] }}
        load={async () => many}
      />,
    );
    const group = groupOf('Related toolkit topics');
    const filter = await within(group).findByLabelText('Filter toolkit topics');
    expect(within(group).getAllByRole('checkbox')).toHaveLength(12);
    fireEvent.change(filter, { target: { value: 'number 1' } });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.nextSibling?.textContent),
    ).toEqual(['Topic number 1', 'Topic number 10', 'Topic number 11', 'Topic number 12']);
    fireEvent.click(within(group).getByLabelText('Topic number 11'));
    expect(currentValue().relatedTopicIds).toEqual(['topic-3', 'topic-11']);
    expect(within(group).getByText(/2 chosen: Topic number 3; Topic number 11/)).toBeTruthy();
  });

  it('lists a limited number of options from thousands, chosen ones always, and finds others by filter', async () => {
    const thousands: ReferenceOption[] = Array.from({ length: 5000 }, (_, index) => ({
      id: `topic-${index + 1}`,
      title: `Topic ${String(index + 1).padStart(4, '0')}`,
      isPublished: true,
    }));
    render(
      <FormHarness
        initial={{ ...validWorkshop, relatedTopicIds: ['topic-4999'] }}
        load={async () => thousands}
      />,
    );
    const group = groupOf('Related toolkit topics');
    const filter = await within(group).findByLabelText('Filter toolkit topics');
    expect(within(group).getAllByRole('checkbox')).toHaveLength(SHOWN_LIMIT + 1);
    expect((within(group).getByLabelText('Topic 4999') as HTMLInputElement).checked).toBe(true);
    expect(
      within(group).getByText(
        `Showing ${SHOWN_LIMIT + 1} of 5000 toolkit topics. Type in the filter to find others.`,
      ),
    ).toBeTruthy();
    fireEvent.change(filter, { target: { value: '3210' } });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    fireEvent.click(within(group).getByLabelText('Topic 3210'));
    expect(currentValue().relatedTopicIds).toEqual(['topic-4999', 'topic-3210']);
  });

  it('edits Markdown with a toolbar that changes the selection, and previews it as the site does', async () => {
    window.matchMedia = (() => ({ matches: true })) as unknown as typeof window.matchMedia;
    render(<FormHarness initial={{ ...validWorkshop, summary: 'Listen to people' }} />);
    const area = field('field-summary') as unknown as HTMLTextAreaElement;
    const summary = within(document.querySelector('[data-field="field-summary"]') as HTMLElement);
    area.setSelectionRange(0, 6);
    fireEvent.click(summary.getByRole('button', { name: 'Bold' }));
    expect(currentValue().summary).toBe('**Listen** to people');
    expect(area.selectionStart).toBe(2);
    expect(area.selectionEnd).toBe(8);
    expect(document.activeElement).toBe(area);
    await waitFor(() =>
      expect(document.getElementById('field-summary-preview')?.innerHTML).toContain(
        '<strong>Listen</strong>',
      ),
    );

    area.setSelectionRange(14, 20);
    fireEvent.keyDown(area, { key: 'i', ctrlKey: true });
    expect(currentValue().summary).toBe('**Listen** to _people_');

    area.setSelectionRange(0, 0);
    fireEvent.click(summary.getByRole('button', { name: 'Bulleted list' }));
    expect(currentValue().summary).toBe('- **Listen** to _people_');

    area.setSelectionRange(2, 12);
    fireEvent.click(summary.getByRole('button', { name: 'Link' }));
    expect(currentValue().summary).toBe('- [**Listen**](https://) to _people_');
  });

  it('moves between toolbar buttons with the arrow keys, as one tab stop', () => {
    render(<FormHarness initial={validWorkshop} />);
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting for Summary' });
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1, -1]);
    buttons[0]?.focus();
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(toolbar, { key: 'End' });
    expect(document.activeElement).toBe(buttons[3]);
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1, -1]);
  });

  it('shows the Markdown preview on request on a narrow screen', () => {
    window.matchMedia = (() => ({ matches: false })) as unknown as typeof window.matchMedia;
    render(<FormHarness initial={validWorkshop} />);
    const preview = field('field-summary-preview');
    expect(preview.hidden).toBe(true);
    const toggle = screen.getAllByRole('button', { name: 'Show preview' })[0] as HTMLElement;
    fireEvent.click(toggle);
    expect(preview.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(preview.innerHTML).toContain('<strong>listen</strong>');
  });

  it('puts each list entry in a fieldset named like “Finding 2”', () => {
    render(<FormHarness initial={validWorkshop} />);
    const findings = groupOf('What the research found');
    const legends = [...findings.querySelectorAll('.admin-list__legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Finding 1', 'Finding 2']);
    expect(screen.getByLabelText('Activity 1')).toBe(field('field-activities-0'));
  });

  it('moves entries up and down with buttons, focus following the entry', async () => {
    render(<FormHarness initial={validWorkshop} />);
    const down = screen.getByRole('button', { name: 'Move down: Finding 1' });
    down.focus();
    fireEvent.click(down);
    expect((currentValue().findings as { text: string }[]).map((f) => f.text)).toEqual([
      'Second finding',
      'First finding',
    ]);
    // The moved entry is now the last, with no "Move down": focus goes to its "Move up".
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Move up: Finding 2' }),
      ),
    );
    expect(screen.getByText('Finding 1 moved down. It is now finding 2 of 2.')).toBeTruthy();
    expect(field('field-findings-1-text').value).toBe('First finding');
    fireEvent.click(screen.getByRole('button', { name: 'Move up: Finding 2' }));
    expect((currentValue().findings as { text: string }[])[0]?.text).toBe('First finding');
  });

  it('adds an entry and moves to it', async () => {
    render(<FormHarness initial={validWorkshop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add another finding' }));
    expect(currentValue().findings).toHaveLength(3);
    expect((currentValue().findings as unknown[])[2]).toEqual({ text: '', evidence: [] });
    await waitFor(() => expect(document.activeElement).toBe(field('field-findings-2-text')));
    fireEvent.click(screen.getByRole('button', { name: 'Add another activity' }));
    await waitFor(() => expect(document.activeElement).toBe(field('field-activities-1')));
    expect(currentValue().activities).toEqual(['Welcome', '']);
  });

  it('removes an entry, with a way to put it back', async () => {
    render(<FormHarness initial={validWorkshop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove: Finding 1' }));
    expect(currentValue().findings).toEqual([{ text: 'Second finding', evidence: [] }]);
    expect(screen.getAllByText('Finding 1 removed.').length).toBeGreaterThan(0);
    const undo = screen.getByRole('button', { name: 'Undo: put Finding 1 back' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    expect((currentValue().findings as { text: string }[]).map((f) => f.text)).toEqual([
      'First finding',
      'Second finding',
    ]);
  });

  it('says a required list is empty once its last entry goes', async () => {
    render(<FormHarness initial={validWorkshop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove: Activity 1' }));
    await within(groupOf('Activities')).findByText('Add at least one activity');
  });

  it('edits evidence: a publication picker, where in it, and how strong', async () => {
    render(
      <FormHarness
        initial={{
          ...validWorkshop,
          findings: [
            {
              text: 'A finding',
              evidence: [{ publicationId: 'fixture-study', strength: 'related-evidence' }],
            },
          ],
        }}
      />,
    );
    const source = groupOf('Source 1');
    const publication = within(source).getByLabelText('Publication') as HTMLSelectElement;
    await waitFor(() =>
      expect(publication.selectedOptions[0]?.text).toBe('A fixture study of peer worker roles'),
    );
    fireEvent.change(publication, { target: { value: 'fixture-review' } });
    fireEvent.change(within(source).getByLabelText(/Where in the publication/), {
      target: { value: 'p. 12' },
    });
    fireEvent.click(within(source).getByLabelText('Suggested practice'));
    expect((currentValue().findings as { evidence: unknown[] }[])[0]?.evidence).toEqual([
      { publicationId: 'fixture-review', strength: 'suggested-practice', locator: 'p. 12' },
    ]);
    fireEvent.click(
      screen.getByRole('button', { name: 'Add another source in Finding 1, Evidence' }),
    );
    expect((currentValue().findings as { evidence: unknown[] }[])[0]?.evidence).toHaveLength(2);
  });

  it('groups a nested object in a fieldset', () => {
    render(<FormHarness initial={validWorkshop} />);
    const venue = groupOf('Venue');
    expect(within(venue).getByLabelText('Venue name')).toBe(field('field-venue-name'));
  });

  it('edits what it cannot build controls for as JSON', () => {
    render(<FormHarness initial={validWorkshop} />);
    fireEvent.change(screen.getByLabelText(/Extra details/), {
      target: { value: '{"parking": "yes"}' },
    });
    expect(currentValue().extra).toEqual({ parking: 'yes' });
    fireEvent.change(screen.getByLabelText(/Extra details/), { target: { value: '{"par' } });
    expect(screen.getByText('Extra details is not valid JSON yet')).toBeTruthy();
  });

  it('shows the id of an existing item but does not let it change', () => {
    render(<FormHarness initial={validWorkshop} lockedIds={new Set(['field-id'])} />);
    expect(field('field-id').readOnly).toBe(true);
    expect(field('field-id').getAttribute('aria-describedby')).toContain('field-id-locked');
    expect(field('field-title').readOnly).toBe(false);
  });
});

describe('the error summary', () => {
  it('lists every problem on a save attempt, each linking to its field', async () => {
    render(<FormHarness />);
    fireEvent.click(screen.getByRole('button', { name: 'Check the form' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    const byHref = Object.fromEntries(
      links.map((link) => [link.getAttribute('href'), link.textContent]),
    );
    expect(byHref).toMatchObject({
      '#field-id': 'Enter an identifier of at least 2 characters',
      '#field-title': 'Enter the workshop name',
      '#field-seats': 'Enter the seats as a whole number',
      '#field-direction': 'Choose the direction of risk',
      '#field-topicId': 'Choose the toolkit topic',
      '#field-settings': 'Choose at least one setting',
      '#field-activities': 'Add at least one activity',
      '#field-venue-name': 'Enter the venue name',
    });
    // Every link has somewhere to go.
    for (const link of links) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(document.getElementById(id), id).not.toBeNull();
    }
  });

  it('links a problem inside a list entry to the field in that entry', async () => {
    render(
      <FormHarness
        initial={{
          ...validWorkshop,
          findings: [
            { text: 'ok', evidence: [] },
            { text: '', evidence: [] },
          ],
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check the form' }));
    const link = await screen.findByRole('link', { name: 'Enter the text' });
    expect(link.getAttribute('href')).toBe('#field-findings-1-text');
    fireEvent.click(link);
    await waitFor(() => expect(document.activeElement).toBe(field('field-findings-1-text')));
  });

  it('moves to the first checkbox of a group when its link is followed', async () => {
    render(<FormHarness initial={{ ...validWorkshop, settings: [] }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check the form' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Choose at least one setting' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Inpatient wards')),
    );
  });
});
