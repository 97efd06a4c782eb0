// @vitest-environment happy-dom
import { NOT_APPLICABLE } from '@peer-toolkit/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readinessQuestionnaire } from './assessment-test-api.js';
import { buildSteps } from './readiness-steps.js';
import { StepForm } from './step-form.js';

afterEach(cleanup);

const [roleStep, supervisionStep] = buildSteps(readinessQuestionnaire);

function renderStep(step = roleStep!, answers = {}, stepCount = 2) {
  return render(
    <StepForm
      step={step}
      stepCount={stepCount}
      code="04AB-CDEF"
      answers={answers}
      labels={readinessQuestionnaire}
    />,
  );
}

describe('StepForm', () => {
  it('shows the progress in words and as a bar, and the topic as the heading', () => {
    renderStep(supervisionStep, {}, 5);
    expect(screen.getByText('Step 2 of 5')).toBeTruthy();
    const bar = document.querySelector('progress');
    expect(bar?.getAttribute('max')).toBe('5');
    expect(bar?.getAttribute('value')).toBe('2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Readiness self-assessment Supervision and support',
    );
  });

  it('is a GET form to the step’s own handler carrying the answers so far in a hidden code', () => {
    renderStep();
    const form = document.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/self-assessment/step/1/answers');
    const code = form.querySelector('input[type="hidden"]') as HTMLInputElement;
    expect([code.name, code.value]).toEqual(['code', '04AB-CDEF']);
  });

  it('asks each question as a group of radios named after it, with the statement as the legend', () => {
    renderStep();
    const group = screen.getByRole('group', { name: 'Everyone has agreed what the role is for.' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.name)).toEqual(Array(6).fill('answer-rq-purpose-agreed'));
    expect(radios.map((radio) => radio.value)).toEqual(['0', '1', '2', '3', '4', 'not-sure']);
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual([
      'Not started',
      'Planned, not started',
      'Partly in place',
      'Mostly in place',
      'Fully in place',
      'Not sure',
    ]);
    expect(screen.getAllByRole('group')).toHaveLength(2);
  });

  it('links a question’s help to its group as a hint', () => {
    const withHelp = {
      ...roleStep!,
      questions: [{ ...roleStep!.questions[0]!, help: 'Ask **everyone**.' }],
    };
    renderStep(withHelp);
    const group = screen.getByRole('group');
    const hint = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent?.trim()).toBe('Ask everyone.');
    expect(hint?.querySelector('strong')?.textContent).toBe('everyone');
  });

  it('offers "Does not apply to us" only on questions that allow it', () => {
    renderStep(supervisionStep);
    const named = screen.getByRole('group', { name: 'Each peer worker has a named supervisor.' });
    const partner = screen.getByRole('group', {
      name: 'Partner organisations have agreed who supervises peer workers.',
    });
    expect(within(named).queryByLabelText('Does not apply to us')).toBeNull();
    expect((within(partner).getByLabelText('Does not apply to us') as HTMLInputElement).value).toBe(
      NOT_APPLICABLE,
    );
  });

  it('checks the answers held in the code, and nothing for unanswered questions', () => {
    renderStep(supervisionStep, {
      'rq-supervisor-named': 3,
      'rq-partner-agreement': NOT_APPLICABLE,
      'rq-purpose-agreed': 1,
    });
    const checked = document.querySelectorAll('input:checked') as NodeListOf<HTMLInputElement>;
    expect([...checked].map((radio) => `${radio.name}=${radio.value}`)).toEqual([
      'answer-rq-supervisor-named=3',
      'answer-rq-partner-agreement=not-applicable',
    ]);
    cleanup();
    renderStep(supervisionStep, {});
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('puts Continue before Back, so Enter moves forward, and names the last step’s button', () => {
    renderStep(roleStep, {}, 2);
    const buttons = screen.getAllByRole('button') as HTMLButtonElement[];
    expect(buttons.map((button) => [button.textContent, button.name, button.value])).toEqual([
      ['Continue', 'go', 'next'],
      ['Back', 'go', 'back'],
    ]);
    cleanup();
    renderStep(supervisionStep, {}, 2);
    expect(screen.getAllByRole('button')[0]?.textContent).toBe('See your results');
  });
});
