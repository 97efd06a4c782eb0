// @vitest-environment happy-dom
import { compareExpectations } from '@peer-toolkit/core';
import { expectationQuestionsFixture } from '@peer-toolkit/core/fixtures';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectationsQuestionnaire } from '../self-assessment/assessment-test-api.js';
import { AnswerForm } from './answer-form.js';
import { CompareFormView } from './compare-form.js';
import { ComparisonView } from './comparison-view.js';
import { readCompareForm } from './expectation-forms.js';
import { ShareCodeView } from './share-code-view.js';

afterEach(cleanup);

/** Every link in the error summary leads to an element on the page. */
function expectSummaryLinksToFields(): string[] {
  const summary = screen.getByRole('alert');
  expect(within(summary).getByRole('heading').textContent).toBe('There is a problem');
  return within(summary)
    .getAllByRole('link')
    .map((link) => {
      const id = (link.getAttribute('href') ?? '').slice(1);
      expect(document.getElementById(id), `#${id}`).not.toBeNull();
      return link.textContent ?? '';
    });
}

describe('AnswerForm', () => {
  it('asks for the group and rates every statement, in order, with "Not sure"', () => {
    render(<AnswerForm questionnaire={expectationsQuestionnaire} />);
    expect(screen.queryByRole('alert')).toBeNull();
    const form = document.querySelector('form') as HTMLFormElement;
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual([
      'get',
      '/shared-expectations/answers',
    ]);
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Which group are you answering as?',
      '1. Peer workers should read notes.',
      '2. Peer workers choose what to share.',
      '3. Peer workers are paid like others.',
    ]);
    const notes = within(groups[1]!).getAllByRole('radio') as HTMLInputElement[];
    expect(notes.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
      'Not sure',
    ]);
    expect(new Set(notes.map((radio) => radio.name))).toEqual(new Set(['answer-eq-notes']));
  });

  it('shows errors in a summary linked to the fields, and keeps the answers given', () => {
    render(
      <AnswerForm
        questionnaire={expectationsQuestionnaire}
        values={{ group: undefined, answers: { 'eq-pay': 3 } }}
        errors={[{ field: 'group', message: 'Choose the group you are answering as' }]}
      />,
    );
    expect(expectSummaryLinksToFields()).toEqual(['Choose the group you are answering as']);
    const group = screen.getByRole('group', { name: 'Which group are you answering as?' });
    expect(group.closest('.ptk-form-group')?.classList).toContain('ptk-form-group--error');
    const described = (group.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Error: Choose the group you are answering as');
    expect((document.getElementById('eq-pay-3') as HTMLInputElement).checked).toBe(true);
  });
});

describe('ShareCodeView', () => {
  it('shows the code, the group, what to do next and the answers in words', () => {
    render(
      <ShareCodeView
        code="0405-ABCD"
        group="managers"
        answers={{ 'eq-notes': 0 }}
        questionnaire={expectationsQuestionnaire}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your share code');
    expect(document.getElementById('share-code')?.textContent).toBe('0405-ABCD');
    expect(screen.getByText('Answering as: Managers')).toBeTruthy();
    expect((document.querySelector('[data-copy]') as HTMLElement).hidden).toBe(true);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.lastElementChild?.textContent)).toEqual([
      'Strongly disagree',
      'Not sure',
      'Not sure',
    ]);
    expect(screen.getByRole('link', { name: 'Change your answers' }).getAttribute('href')).toBe(
      '/shared-expectations/answer?code=0405-ABCD',
    );
  });
});

describe('CompareFormView', () => {
  it('starts with four labelled rows and buttons to compare or add rows', () => {
    render(
      <CompareFormView
        rows={readCompareForm(new URLSearchParams()).rows}
        groups={expectationsQuestionnaire.groups}
      />,
    );
    const rows = screen.getAllByRole('group');
    expect(rows.map((row) => row.querySelector('legend')?.textContent)).toEqual([
      'Person 1',
      'Person 2',
      'Person 3',
      'Person 4',
    ]);
    const first = within(rows[0]!);
    expect((first.getByLabelText('Label') as HTMLInputElement).name).toBe('label-1');
    expect((first.getByLabelText('Share code') as HTMLInputElement).name).toBe('code-1');
    const group = first.getByLabelText('Stakeholder group (optional)') as HTMLSelectElement;
    expect([...group.options].map((option) => option.textContent)).toEqual([
      'As given in the code',
      'Peer workers',
      'People who use services',
      'Team colleagues',
      'Managers',
    ]);
    expect((document.querySelector('input[name="rows"]') as HTMLInputElement).value).toBe('4');
    const buttons = screen.getAllByRole('button') as HTMLButtonElement[];
    expect(buttons.map((button) => [button.textContent, button.value])).toEqual([
      ['Compare expectations', 'compare'],
      ['Add 4 more rows', 'add-rows'],
    ]);
  });

  it('shows each row’s problem against its field, linked from the summary', () => {
    const { rows } = readCompareForm(
      new URLSearchParams({ 'label-1': 'Sam', 'code-1': 'NOPE', 'code-2': '0405' }),
    );
    render(
      <CompareFormView
        rows={rows}
        groups={expectationsQuestionnaire.groups}
        errors={[
          {
            field: 'code-1',
            message: 'The code for Sam cannot be read. This code has a mistake in it.',
            inline: 'This code has a mistake in it.',
          },
          { field: 'label-2', message: 'Enter a label for person 2' },
        ]}
      />,
    );
    expect(expectSummaryLinksToFields()).toEqual([
      'The code for Sam cannot be read. This code has a mistake in it.',
      'Enter a label for person 2',
    ]);
    const code = document.getElementById('code-1') as HTMLInputElement;
    expect(code.value).toBe('NOPE');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(code.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Error: This code has a mistake in it.',
    );
    expect(document.getElementById('label-1')?.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('label-2')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('has no "add more rows" once the limit is reached', () => {
    const { rows } = readCompareForm(new URLSearchParams({ rows: '40' }));
    render(<CompareFormView rows={rows} groups={expectationsQuestionnaire.groups} />);
    expect(screen.queryByRole('button', { name: /more rows/ })).toBeNull();
  });
});

describe('ComparisonView', () => {
  const comparison = compareExpectations({
    questions: expectationQuestionsFixture,
    respondents: [
      {
        label: 'Sam',
        group: 'peer-workers',
        answers: { 'eq-notes': 0, 'eq-sharing': 4, 'eq-pay': 3 },
      },
      { label: 'Jo', group: 'managers', answers: { 'eq-notes': 4, 'eq-sharing': 4, 'eq-pay': 1 } },
      { label: 'Kim', group: 'managers', answers: { 'eq-notes': 3, 'eq-sharing': 3 } },
    ],
  });
  const topics = new Map([
    ['role-definition', { slug: 'defining-the-role', title: 'Defining the role' }],
    ['supervision', { slug: 'supervision', title: 'Supervision and support' }],
  ]);

  function renderComparison() {
    render(
      <ComparisonView
        comparison={comparison}
        questionnaire={expectationsQuestionnaire}
        topics={topics}
        changeHref="/shared-expectations/compare?rows=4"
      />,
    );
    return screen.getAllByRole('region');
  }

  it('lists the statements most divergent first, each with its level in words and the spread', () => {
    const sections = renderComparison();
    expect(sections.map((section) => within(section).getByRole('heading').textContent)).toEqual([
      '1. Peer workers should read notes.',
      '2. Peer workers are paid like others.',
      '3. Peer workers choose what to share.',
    ]);
    expect(sections.map((section) => section.querySelector('.ptk-tag')?.textContent)).toEqual([
      'Expectations differ',
      'Expectations differ',
      'Broadly shared',
    ]);
    expect(sections[0]?.textContent).toContain(
      'Spread: 4 steps, from “Strongly disagree” to “Strongly agree”.',
    );
  });

  it('gives each person’s answer with their label and group, and the group averages in words', () => {
    const [notes, pay] = renderComparison();
    const rows = within(within(notes!).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Sam', 'Peer workers', 'Strongly disagree'],
      ['Jo', 'Managers', 'Strongly agree'],
      ['Kim', 'Managers', 'Agree'],
    ]);
    expect(
      within(notes!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Peer workers: 0 (Strongly disagree)',
      'Managers: 3.5 (between Agree and Strongly agree)',
    ]);
    expect(within(pay!).getAllByRole('row')[3]?.textContent).toContain('Not sure');
  });

  it('counts the statements at each level, links each to its topic, and links back to the codes', () => {
    const [notes] = renderComparison();
    expect(
      within(notes!).getByRole('link', { name: 'Defining the role' }).getAttribute('href'),
    ).toBe('/topics/defining-the-role');
    expect(
      screen.getByRole('link', { name: 'Change the codes or labels' }).getAttribute('href'),
    ).toBe('/shared-expectations/compare?rows=4');
    expect(
      [...document.querySelectorAll('.ptk-level-counts li')].map((item) => item.textContent),
    ).toEqual([
      'Expectations differ: 2 statements (some people agree while others disagree)',
      'Broadly shared: 1 statement (everyone’s answers are within one step of each other)',
    ]);
  });
});
