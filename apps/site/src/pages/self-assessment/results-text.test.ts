import { NOT_APPLICABLE, type PlannedAction, scoreAssessment } from '@peer-toolkit/core';
import { readinessQuestionsFixture } from '@peer-toolkit/core/fixtures';
import { describe, expect, it } from 'vitest';
import { readinessCode, readinessQuestionnaire, testTopics } from './assessment-test-api.js';
import { buildResultsText, formatDate, groupActions, resultsFileName } from './results-text.js';

const answers = {
  'rq-purpose-agreed': 1,
  'rq-job-description': 3,
  'rq-supervisor-named': 4,
  'rq-partner-agreement': NOT_APPLICABLE,
} as const;
const result = scoreAssessment({
  questions: readinessQuestionsFixture,
  topics: testTopics,
  answers,
});
const code = readinessCode(answers);
const date = new Date('2025-03-07T22:30:00Z');

const text = buildResultsText({
  result,
  answers,
  code,
  labels: readinessQuestionnaire,
  siteUrl: 'https://toolkit.example.org',
  date,
});

describe('buildResultsText', () => {
  it('starts with a title and the date', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# Readiness self-assessment results',
      '',
      'Peer Worker Toolkit: introducing peer workers into mental health services',
      'Date: 7 March 2025',
    ]);
  });

  it('gives the overall score and each topic’s score with its stage in words', () => {
    expect(text).toContain(`Overall readiness: ${result.overall.score}% (`);
    expect(text).toContain('- Defining the role: 37% (Early days); 2 of 2 questions answered');
    expect(text).toContain(
      '- Supervision and support: 100% (Well established); 2 of 2 questions answered, 1 of them "does not apply"',
    );
  });

  it('lists the actions by priority, numbered, each with the answer given and a full guidance link', () => {
    expect(text).toContain(
      [
        '### High priority',
        '',
        '1. Agree the purpose of the role together.',
        '   Why: Everyone has agreed what the role is for. (Your answer: Planned, not started)',
        '   Guidance: Defining the role, https://toolkit.example.org/topics/defining-the-role',
      ].join('\n'),
    );
    expect(text).toContain(
      ['### Low priority', '', '2. Rewrite the job description with peer workers.'].join('\n'),
    );
    expect(text).not.toContain('### Medium priority');
  });

  it('ends with the share code and the address that brings the results back', () => {
    expect(text).toContain(`## Your share code\n\n${code}\n`);
    expect(text).toContain(
      `To see these results again: https://toolkit.example.org/self-assessment/results?code=${encodeURIComponent(code)}`,
    );
  });

  it('says so when there is nothing left to do', () => {
    const allDone = scoreAssessment({
      questions: readinessQuestionsFixture,
      topics: testTopics,
      answers: {
        'rq-purpose-agreed': 4,
        'rq-job-description': 4,
        'rq-supervisor-named': 4,
        'rq-partner-agreement': 4,
      },
    });
    const done = buildResultsText({
      result: allDone,
      answers: {},
      code,
      labels: readinessQuestionnaire,
      siteUrl: '',
      date,
    });
    expect(done).toContain('No actions to suggest.');
    expect(done).not.toContain('### High priority');
  });
});

describe('groupActions', () => {
  it('groups high, medium and low in that order, keeping the plan’s order and dropping empty groups', () => {
    const action = (questionId: string, priority: PlannedAction['priority']) =>
      ({ questionId, priority }) as PlannedAction;
    const groups = groupActions([
      action('a', 'high'),
      action('b', 'low'),
      action('c', 'high'),
      action('d', 'low'),
    ]);
    expect(
      groups.map((group) => [group.priority, group.actions.map((item) => item.questionId)]),
    ).toEqual([
      ['high', ['a', 'c']],
      ['low', ['b', 'd']],
    ]);
  });
});

describe('dates', () => {
  it('writes UK dates and file names that sort by date', () => {
    expect(formatDate(new Date('2025-12-01T00:00:00Z'))).toBe('1 December 2025');
    expect(resultsFileName(date)).toBe('readiness-results-2025-03-07.txt');
  });
});
