// @vitest-environment happy-dom
import { type Answers, NOT_APPLICABLE, scoreAssessment } from '@peer-toolkit/core';
import { readinessQuestionsFixture } from '@peer-toolkit/core/fixtures';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readinessQuestionnaire, testTopics } from './assessment-test-api.js';
import { ResultsView } from './results-view.js';

afterEach(cleanup);

function renderResults(answers: Answers, notScored: { title: string; slug: string }[] = []) {
  const result = scoreAssessment({
    questions: readinessQuestionsFixture,
    topics: testTopics,
    answers,
  });
  return render(
    <ResultsView
      result={result}
      answers={answers}
      code="04AB-CD12"
      labels={readinessQuestionnaire}
      siteUrl="https://toolkit.example.org"
      date={new Date('2025-06-02T10:00:00Z')}
      notScored={notScored}
    />,
  );
}

const someAnswers: Answers = {
  'rq-purpose-agreed': 1,
  'rq-job-description': 3,
  'rq-supervisor-named': 0,
  'rq-partner-agreement': NOT_APPLICABLE,
};

describe('ResultsView', () => {
  it('gives the overall score with its stage in words, and the date', () => {
    renderResults(someAnswers);
    expect(screen.getByText('2 June 2025')).toBeTruthy();
    const panel = document.querySelector('.ptk-result-panel');
    expect(panel?.textContent).toBe('Overall readiness25%Early days');
    expect(
      screen.getByText(/You answered 3 of the 4 questions, and said 1 does not apply to you\./),
    ).toBeTruthy();
  });

  it('scores each topic in a table with the stage as text, linking to its guidance', () => {
    renderResults(someAnswers);
    const table = screen.getByRole('table', { name: 'Readiness score for each toolkit topic' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    ).toEqual([
      ['Defining the role', '37%', 'Early days', '2 of 2'],
      ['Supervision and support', '0%', 'Not started', '2 of 2 (1 does not apply)'],
    ]);
    expect(
      within(table).getByRole('link', { name: 'Defining the role' }).getAttribute('href'),
    ).toBe('/topics/defining-the-role');
  });

  it('groups the action plan by priority, each action linking to its topic’s guidance', () => {
    renderResults(someAnswers);
    const groups = ['High priority', 'Medium priority', 'Low priority'].flatMap((name) => {
      const heading = screen.queryByRole('heading', { level: 3, name: new RegExp(`^${name}`) });
      return heading ? [heading.closest('section') as HTMLElement] : [];
    });
    expect(groups.map((group) => within(group).getByRole('heading').textContent)).toEqual([
      'High priority (2 actions)',
      'Low priority (1 action)',
    ]);
    const high = within(groups[0]!).getAllByRole('listitem');
    expect(high.map((item) => item.querySelector('.ptk-action__text')?.textContent)).toEqual([
      'Agree the purpose of the role together.',
      'Name a supervisor for each peer worker.',
    ]);
    expect(high[0]?.textContent).toContain(
      'Because you answered “Planned, not started” to: Everyone has agreed what the role is for.',
    );
    const link = within(high[1]!).getByRole('link');
    expect(link.textContent).toBe('Guidance: Supervision and support');
    expect(link.getAttribute('href')).toBe('/topics/supervision');
    expect(link.getAttribute('data-print-url')).toBe(
      'https://toolkit.example.org/topics/supervision',
    );
    // Numbering runs on from one group to the next.
    expect(groups[1]?.querySelector('ol')?.getAttribute('start')).toBe('3');
  });

  it('offers the download, a print button for the script to show, and the share code with a way back', () => {
    renderResults(someAnswers);
    expect(
      screen.getByRole('link', { name: 'Download your results (text file)' }).getAttribute('href'),
    ).toBe('/self-assessment/results.txt?code=04AB-CD12');
    const print = document.querySelector('[data-print-results]') as HTMLButtonElement;
    expect(print.hidden).toBe(true);
    expect(print.textContent).toBe('Print your results');
    expect(document.querySelector('.ptk-share-code__value')?.textContent).toBe('04AB-CD12');
    expect(
      screen.getByRole('link', { name: 'Come back to these results' }).getAttribute('href'),
    ).toBe('/self-assessment/results?code=04AB-CD12');
    expect(screen.getByRole('link', { name: 'Change your answers' }).getAttribute('href')).toBe(
      '/self-assessment/step/1?code=04AB-CD12',
    );
  });

  it('says when nothing is left to do, and names topics left out of the score', () => {
    renderResults(
      {
        'rq-purpose-agreed': 4,
        'rq-job-description': 4,
        'rq-supervisor-named': 4,
        'rq-partner-agreement': 4,
      },
      [{ title: 'Working across organisations', slug: 'working-across-organisations' }],
    );
    expect(screen.queryByRole('heading', { name: /priority/ })).toBeNull();
    expect(screen.getByText(/there are no actions to suggest/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Working across organisations' }).getAttribute('href'),
    ).toBe('/topics/working-across-organisations');
  });
});
