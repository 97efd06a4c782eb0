import { AppError, agreementScale, MAX_RESPONDENTS } from '@peer-toolkit/core';
import { expectationQuestionsFixture } from '@peer-toolkit/core/fixtures';
import { describe, expect, it } from 'vitest';
import { expectationsCode, readinessCode } from '../self-assessment/assessment-test-api.js';
import {
  checkAnswersForm,
  checkCompareRows,
  compareFormQuery,
  describeMean,
  errorsFromApi,
  formatMean,
  readAnswersForm,
  readCompareForm,
} from './expectation-forms.js';

const questions = expectationQuestionsFixture;
const form = (entries: Record<string, string>) => new URLSearchParams(entries);
const sam = expectationsCode({ 'eq-notes': 4, 'eq-pay': 1 }, 'peer-workers');
const jo = expectationsCode({ 'eq-notes': 0 }, 'managers');
const noGroup = expectationsCode({ 'eq-notes': 2 }, undefined);

describe('the answer form', () => {
  it('reads the group and the answers, leaving out "Not sure" and values the radios cannot send', () => {
    expect(
      readAnswersForm(
        form({
          group: 'managers',
          'answer-eq-notes': '3',
          'answer-eq-sharing': 'not-sure',
          'answer-eq-pay': '7',
          'answer-eq-unknown': '1',
        }),
        questions,
      ),
    ).toEqual({ group: 'managers', answers: { 'eq-notes': 3 } });
    expect(readAnswersForm(form({ group: 'admins' }), questions).group).toBeUndefined();
  });

  it('needs a group and at least one answer, each error pointing at its field', () => {
    expect(checkAnswersForm({ group: undefined, answers: {} }, questions)).toEqual([
      { field: 'group', message: 'Choose the group you are answering as' },
      {
        field: 'eq-notes-0',
        message: 'Answer at least one statement, choosing “Not sure” only where you do not know',
      },
    ]);
    expect(checkAnswersForm({ group: 'managers', answers: { 'eq-pay': 0 } }, questions)).toEqual(
      [],
    );
  });
});

describe('readCompareForm', () => {
  it('starts with four empty rows', () => {
    const { rows, isComparing } = readCompareForm(form({}));
    expect(rows.map((row) => row.number)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toEqual({ number: 1, label: '', code: '', group: '' });
    expect(isComparing).toBe(false);
  });

  it('adds four rows when asked, keeping what was typed, up to the limit', () => {
    const { rows, isComparing } = readCompareForm(
      form({
        rows: '4',
        action: 'add-rows',
        'label-2': ' Jo ',
        'code-2': jo,
        'group-2': 'managers',
      }),
    );
    expect(rows).toHaveLength(8);
    expect(rows[1]).toEqual({ number: 2, label: 'Jo', code: jo, group: 'managers' });
    expect(isComparing).toBe(false);
    expect(readCompareForm(form({ rows: '39', action: 'add-rows' })).rows).toHaveLength(
      MAX_RESPONDENTS,
    );
  });

  it('never shows fewer rows than hold something, and ignores a nonsense row count', () => {
    expect(readCompareForm(form({ rows: '2', 'code-6': sam })).rows).toHaveLength(6);
    expect(readCompareForm(form({ rows: '-5' })).rows).toHaveLength(4);
    expect(readCompareForm(form({ rows: 'lots' })).rows).toHaveLength(4);
    expect(readCompareForm(form({ rows: '100000' })).rows).toHaveLength(MAX_RESPONDENTS);
  });

  it('round-trips through the query used to come back and change the codes', () => {
    const first = readCompareForm(
      form({
        rows: '8',
        'label-1': 'Sam',
        'code-1': sam,
        'label-3': 'Jo',
        'code-3': jo,
        'group-3': 'managers',
      }),
    );
    const again = readCompareForm(new URLSearchParams(compareFormQuery(first.rows)));
    expect(again.rows).toEqual(first.rows);
  });
});

describe('checkCompareRows', () => {
  const rows = (entries: Record<string, string>) =>
    readCompareForm(form({ ...entries, action: 'compare' })).rows;

  it('turns filled rows into respondents and ignores empty ones', () => {
    const checked = checkCompareRows(
      rows({
        'label-1': 'Sam',
        'code-1': sam,
        'label-3': 'Jo',
        'code-3': jo,
        'group-3': 'team-colleagues',
      }),
      questions,
    );
    expect(checked.errors).toEqual([]);
    expect(checked.respondents).toEqual([
      { label: 'Sam', code: sam },
      { label: 'Jo', code: jo, group: 'team-colleagues' },
    ]);
  });

  it('reports every problem at once, each on its own field', () => {
    const damaged = `${sam.slice(0, 5)}${sam[5] === 'Z' ? 'Y' : 'Z'}${sam.slice(6)}`;
    const { errors, respondents } = checkCompareRows(
      rows({
        'label-1': 'Sam',
        'code-1': damaged,
        'code-2': jo,
        'label-3': 'Kim',
        'label-4': 'Ash',
        'code-4': readinessCode({}),
        'label-5': 'sam',
        'code-5': noGroup,
      }),
      questions,
    );
    expect(respondents).toEqual([]);
    expect(errors.map((error) => error.field)).toEqual([
      'code-1',
      'label-2',
      'code-3',
      'code-4',
      'label-5',
      'group-5',
    ]);
    expect(errors[0]?.message).toMatch(
      /^The code for Sam cannot be read\. This code has a mistake/,
    );
    expect(errors[0]?.inline).toMatch(/^This code has a mistake/);
    expect(errors[1]?.message).toBe('Enter a label for person 2');
    expect(errors[2]?.message).toBe('Enter the share code for Kim');
    expect(errors[3]?.message).toContain('readiness self-assessment');
    expect(errors[4]?.message).toBe('Give person 5 a different label from person 1');
    expect(errors[5]?.message).toBe(
      'Choose a stakeholder group for sam: their code does not hold one',
    );
  });

  it('accepts a code without a group once a group is chosen for it', () => {
    const { errors } = checkCompareRows(
      rows({
        'label-1': 'Sam',
        'code-1': sam,
        'label-2': 'Lee',
        'code-2': noGroup,
        'group-2': 'managers',
      }),
      questions,
    );
    expect(errors).toEqual([]);
  });

  it('needs at least two people, pointing at the first empty row', () => {
    expect(checkCompareRows(rows({ 'label-1': 'Sam', 'code-1': sam }), questions).errors).toEqual([
      { field: 'label-2', message: 'Enter labels and share codes for at least two people' },
    ]);
    expect(checkCompareRows(rows({}), questions).errors).toEqual([
      { field: 'label-1', message: 'Enter labels and share codes for at least two people' },
    ]);
  });

  it('keeps labels within the API’s limit', () => {
    const { errors } = checkCompareRows(
      rows({ 'label-1': 'x'.repeat(61), 'code-1': sam, 'label-2': 'Jo', 'code-2': jo }),
      questions,
    );
    expect(errors).toEqual([
      { field: 'label-1', message: 'Keep the label for person 1 to 60 characters or fewer' },
    ]);
  });
});

describe('errorsFromApi', () => {
  it('moves the API’s issues onto the rows they came from', () => {
    const error = new AppError('INVALID_SHARE_CODE', 'bad', {
      safeMessage: 'This code was made with a different set of questions.',
      issues: [
        {
          path: ['body', 'respondents', 1, 'code'],
          message: 'Different questions',
          rule: 'questions',
        },
      ],
    });
    expect(errorsFromApi(error, [1, 3])).toEqual([
      { field: 'code-3', message: 'Different questions' },
    ]);
  });

  it('falls back to the safe message on the first row', () => {
    const error = new AppError('VALIDATION_FAILED', 'bad', { safeMessage: 'Check the codes.' });
    expect(errorsFromApi(error, [2, 3])).toEqual([
      { field: 'label-2', message: 'Check the codes.' },
    ]);
  });
});

describe('averages in words', () => {
  it('names a whole-number average by its point on the scale, and others by the two around it', () => {
    expect(describeMean(3, agreementScale)).toBe('Agree');
    expect(describeMean(2.5, agreementScale)).toBe('between Neither agree nor disagree and Agree');
    expect(describeMean(0.04, agreementScale)).toBe('Strongly disagree');
    expect(formatMean(3.333)).toBe('3.3');
    expect(formatMean(4)).toBe('4');
  });
});
