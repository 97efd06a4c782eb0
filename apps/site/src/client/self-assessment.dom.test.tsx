// @vitest-environment happy-dom
import { NOT_APPLICABLE, scoreAssessment } from '@peer-toolkit/core';
import { readinessQuestionsFixture } from '@peer-toolkit/core/fixtures';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  readinessQuestionnaire,
  testTopics,
} from '../pages/self-assessment/assessment-test-api.js';
import { IntroView } from '../pages/self-assessment/intro-view.js';
import { buildSteps } from '../pages/self-assessment/readiness-steps.js';
import { ResultsView } from '../pages/self-assessment/results-view.js';
import { StepForm } from '../pages/self-assessment/step-form.js';
import {
  enhanceSelfAssessment,
  readSaved,
  resumeAddress,
  type SavedAnswers,
  STORAGE_KEY,
  writeSaved,
} from './self-assessment.js';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

let store: ReturnType<typeof memoryStore>;
const print = vi.fn();

function show(element: ReactElement) {
  document.body.innerHTML = `<main>${renderToStaticMarkup(element)}</main>`;
  enhanceSelfAssessment(document, store, print);
}

const [, supervisionStep] = buildSteps(readinessQuestionnaire);

function showStep(code = 'CODE-1') {
  show(
    <StepForm
      step={supervisionStep!}
      stepCount={2}
      code={code}
      answers={{ 'rq-supervisor-named': 1 }}
      labels={readinessQuestionnaire}
    />,
  );
}

const radio = (id: string) => document.getElementById(id) as HTMLInputElement;

beforeEach(() => {
  store = memoryStore();
  print.mockReset();
});

describe('on a step', () => {
  it('keeps the step, the code and the choices so far as they change', () => {
    showStep();
    expect(readSaved(store)).toEqual({
      code: 'CODE-1',
      step: 2,
      pending: { 'answer-rq-supervisor-named': '1' },
    });
    radio('rq-partner-agreement-not-applicable').click();
    expect(readSaved(store)?.pending).toEqual({
      'answer-rq-supervisor-named': '1',
      'answer-rq-partner-agreement': NOT_APPLICABLE,
    });
  });

  it('puts back choices not yet sent when the same step is shown again', () => {
    writeSaved(store, {
      code: 'CODE-1',
      step: 2,
      pending: { 'answer-rq-supervisor-named': '4', 'answer-rq-partner-agreement': '0' },
    });
    showStep();
    expect(radio('rq-supervisor-named-4').checked).toBe(true);
    expect(radio('rq-supervisor-named-1').checked).toBe(false);
    expect(radio('rq-partner-agreement-0').checked).toBe(true);
  });

  it('leaves the page’s answers alone when the saved choices belong to other answers', () => {
    writeSaved(store, { code: 'OTHER', step: 2, pending: { 'answer-rq-supervisor-named': '4' } });
    showStep();
    expect(radio('rq-supervisor-named-1').checked).toBe(true);
    expect(readSaved(store)?.code).toBe('CODE-1');
  });
});

describe('on the start page', () => {
  const intro = <IntroView questionCount={4} stepCount={2} startHref="/self-assessment/step/1" />;

  it('stays hidden when nothing is saved', () => {
    show(intro);
    expect((document.querySelector('[data-resume]') as HTMLElement).hidden).toBe(true);
  });

  it('offers to continue where the person left off, and to clear the answers', () => {
    writeSaved(store, { code: 'AB-CD', step: 2, pending: {} });
    show(intro);
    const resume = document.querySelector('[data-resume]') as HTMLElement;
    expect(resume.hidden).toBe(false);
    const link = resume.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/self-assessment/step/2?code=AB-CD');
    expect(link.textContent).toBe('Continue where you left off');

    (resume.querySelector('[data-clear-answers]') as HTMLButtonElement).click();
    expect(store.items.has(STORAGE_KEY)).toBe(false);
    expect(link.hidden).toBe(true);
    const status = resume.querySelector('[data-clear-status]') as HTMLElement;
    expect(status.textContent).toBe('Your answers have been cleared from this browser.');
    expect(document.activeElement).toBe(status);
  });

  it('ignores a damaged saved entry', () => {
    store.setItem(STORAGE_KEY, '{"code":"<script>","step":"x"}');
    show(intro);
    expect((document.querySelector('[data-resume]') as HTMLElement).hidden).toBe(true);
  });
});

describe('on the results', () => {
  function showResults() {
    const answers = { 'rq-purpose-agreed': 2 };
    show(
      <ResultsView
        result={scoreAssessment({
          questions: readinessQuestionsFixture,
          topics: testTopics,
          answers,
        })}
        answers={answers}
        code="RESULT-CODE"
        labels={readinessQuestionnaire}
        siteUrl=""
        date={new Date()}
        notScored={[]}
      />,
    );
  }

  it('remembers the results, so the start page can lead back to them', () => {
    showResults();
    const saved = readSaved(store) as SavedAnswers;
    expect(saved).toEqual({ code: 'RESULT-CODE', step: 'results', pending: {} });
    expect(resumeAddress(saved)).toBe('/self-assessment/results?code=RESULT-CODE');
  });

  it('shows the print button, which prints', () => {
    showResults();
    const button = document.querySelector('[data-print-results]') as HTMLButtonElement;
    expect(button.hidden).toBe(false);
    button.click();
    expect(print).toHaveBeenCalledOnce();
  });

  it('lets the person clear what this browser kept', () => {
    showResults();
    const clear = document.querySelector('[data-clear-saved]') as HTMLElement;
    expect(clear.hidden).toBe(false);
    (clear.querySelector('[data-clear-answers]') as HTMLButtonElement).click();
    expect(readSaved(store)).toBeUndefined();
  });
});

describe('storage that refuses', () => {
  it('does not break the page', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readSaved(broken)).toBeUndefined();
    expect(() => writeSaved(broken, { code: 'A', step: 1, pending: {} })).not.toThrow();
  });
});

describe('a page with problems', () => {
  it('moves focus to the error summary', () => {
    document.body.innerHTML =
      '<main><div class="ptk-error-summary" tabindex="-1" role="alert"><h2>There is a problem</h2></div></main>';
    enhanceSelfAssessment(document, store, print);
    expect(document.activeElement?.className).toBe('ptk-error-summary');
  });
});
