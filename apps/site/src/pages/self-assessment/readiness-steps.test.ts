import { type Answers, AppError, NOT_APPLICABLE } from '@peer-toolkit/core';
import { readinessQuestionsFixture } from '@peer-toolkit/core/fixtures';
import { describe, expect, it } from 'vitest';
import { readinessCode, readinessQuestionnaire } from './assessment-test-api.js';
import {
  answerFieldName,
  buildSteps,
  describeAnswer,
  mergeStepAnswers,
  nextAddress,
  readCode,
  readStepAnswers,
  writeCode,
} from './readiness-steps.js';

const questions = readinessQuestionsFixture;
const steps = buildSteps(readinessQuestionnaire);
const supervisionStep = steps[1]!;

const form = (entries: Record<string, string>) => new URLSearchParams(entries);

describe('buildSteps', () => {
  it('makes one step per topic that has questions, in topic order, numbered from 1', () => {
    expect(steps.map((step) => [step.number, step.topic.id])).toEqual([
      [1, 'role-definition'],
      [2, 'supervision'],
    ]);
    expect(steps[0]?.questions.map((question) => question.id)).toEqual([
      'rq-purpose-agreed',
      'rq-job-description',
    ]);
  });

  it('orders topics and questions by their order, whatever order the API sent them in', () => {
    const shuffled = buildSteps({
      ...readinessQuestionnaire,
      topics: [...readinessQuestionnaire.topics].reverse(),
      questions: [...questions].reverse(),
    });
    expect(shuffled.map((step) => step.topic.id)).toEqual(['role-definition', 'supervision']);
    expect(shuffled[1]?.questions.map((question) => question.id)).toEqual([
      'rq-supervisor-named',
      'rq-partner-agreement',
    ]);
  });
});

describe('readStepAnswers', () => {
  it('reads scale values, and treats "Not sure" or no choice as unanswered', () => {
    expect(
      readStepAnswers(
        form({
          [answerFieldName('rq-supervisor-named')]: '3',
          'answer-rq-partner-agreement': 'not-sure',
        }),
        supervisionStep,
      ),
    ).toEqual({ 'rq-supervisor-named': 3, 'rq-partner-agreement': undefined });
    expect(readStepAnswers(form({}), supervisionStep)).toEqual({
      'rq-supervisor-named': undefined,
      'rq-partner-agreement': undefined,
    });
  });

  it('accepts "does not apply" only where the question allows it', () => {
    expect(
      readStepAnswers(
        form({
          'answer-rq-supervisor-named': NOT_APPLICABLE,
          'answer-rq-partner-agreement': NOT_APPLICABLE,
        }),
        supervisionStep,
      ),
    ).toEqual({ 'rq-supervisor-named': undefined, 'rq-partner-agreement': NOT_APPLICABLE });
  });

  it('ignores values the radios cannot send and questions of other steps', () => {
    expect(
      readStepAnswers(
        form({
          'answer-rq-supervisor-named': '5',
          'answer-rq-partner-agreement': '1.5',
          'answer-rq-purpose-agreed': '4',
        }),
        supervisionStep,
      ),
    ).toEqual({ 'rq-supervisor-named': undefined, 'rq-partner-agreement': undefined });
  });
});

describe('mergeStepAnswers', () => {
  it('replaces the step’s answers, removes those now unanswered, and keeps the rest', () => {
    const before = { 'rq-purpose-agreed': 2, 'rq-supervisor-named': 1, 'rq-partner-agreement': 4 };
    expect(
      mergeStepAnswers(before, { 'rq-supervisor-named': 3, 'rq-partner-agreement': undefined }),
    ).toEqual({ 'rq-purpose-agreed': 2, 'rq-supervisor-named': 3 });
    expect(before).toEqual({
      'rq-purpose-agreed': 2,
      'rq-supervisor-named': 1,
      'rq-partner-agreement': 4,
    });
  });
});

describe('share codes for the steps', () => {
  it('round-trips the answers, and reads a missing or empty code as no answers', () => {
    const answers: Answers = { 'rq-purpose-agreed': 0, 'rq-partner-agreement': NOT_APPLICABLE };
    expect(readCode(writeCode(answers, questions), questions)).toEqual(answers);
    expect(readCode(null, questions)).toEqual({});
    expect(readCode('  ', questions)).toEqual({});
  });

  it('refuses a changed code with the share code error, never other answers', () => {
    const code = readinessCode({ 'rq-purpose-agreed': 4 });
    // One character changed in the middle of the answers.
    const at = code.length - 8;
    const tampered = `${code.slice(0, at)}${code[at] === '7' ? '8' : '7'}${code.slice(at + 1)}`;
    expect(() => readCode(tampered, questions)).toThrow(AppError);
    try {
      readCode(tampered, questions);
    } catch (error) {
      expect((error as AppError).code).toBe('INVALID_SHARE_CODE');
    }
  });
});

describe('nextAddress', () => {
  it('goes forward to the next step and after the last to the results', () => {
    expect(nextAddress({ step: 1, stepCount: 2, direction: 'next', code: 'AB-CD' })).toBe(
      '/self-assessment/step/2?code=AB-CD',
    );
    expect(nextAddress({ step: 2, stepCount: 2, direction: 'next', code: 'AB-CD' })).toBe(
      '/self-assessment/results?code=AB-CD',
    );
  });

  it('goes back to the previous step, and from the first to the start page', () => {
    expect(nextAddress({ step: 2, stepCount: 2, direction: 'back', code: 'AB' })).toBe(
      '/self-assessment/step/1?code=AB',
    );
    expect(nextAddress({ step: 1, stepCount: 2, direction: 'back', code: 'AB' })).toBe(
      '/self-assessment?code=AB',
    );
  });
});

describe('describeAnswer', () => {
  it('puts every kind of answer in words', () => {
    expect(describeAnswer(0, readinessQuestionnaire)).toBe('Not started');
    expect(describeAnswer(4, readinessQuestionnaire)).toBe('Fully in place');
    expect(describeAnswer(undefined, readinessQuestionnaire)).toBe('Not sure');
    expect(describeAnswer(NOT_APPLICABLE, readinessQuestionnaire)).toBe('Does not apply to us');
  });
});
