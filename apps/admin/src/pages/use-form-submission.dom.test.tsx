import type { ProblemDetails } from '@peer-toolkit/core';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { FormEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiProblem } from '../api/client.js';
import { problem } from '../test-support/fake-api.js';
import { type FormSubmissionOptions, useFormSubmission } from './use-form-submission.js';

afterEach(cleanup);

// The schema checks `name` before `email`, the opposite of the form's order.
const Schema = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name'),
  email: z.string().min(1, 'Enter an email address'),
});
const FIELDS = ['email', 'name'];

function submitEvent() {
  return { preventDefault: vi.fn() } as unknown as FormEvent & {
    preventDefault: ReturnType<typeof vi.fn>;
  };
}

function renderSubmission(options: Partial<FormSubmissionOptions<typeof Schema>> = {}) {
  const send = vi.fn(async (_request: z.output<typeof Schema>) => {});
  const hook = renderHook(() =>
    useFormSubmission({ schema: Schema, fields: FIELDS, send, ...options }),
  );
  const submit = (input: unknown) => act(() => hook.result.current.submit(submitEvent(), input));
  return { hook, send: options.send ?? send, submit };
}

function refusal(issues?: { path: string[]; message: string }[]) {
  return new ApiProblem(
    422,
    problem(422, 'VALIDATION_FAILED', 'That was refused.', issues) as ProblemDetails,
  );
}

describe('useFormSubmission', () => {
  it('stops the browser’s own submit and counts every attempt', async () => {
    const { hook } = renderSubmission();
    const event = submitEvent();
    await act(() => hook.result.current.submit(event, {}));
    await act(() => hook.result.current.submit(event, {}));
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
    expect(hook.result.current.attempt).toBe(2);
  });

  it('lists what the schema refuses in the form’s field order, and sends nothing', async () => {
    const { hook, send, submit } = renderSubmission();
    await submit({ name: ' ', email: '' });
    expect(Object.entries(hook.result.current.errors)).toEqual([
      ['email', 'Enter an email address'],
      ['name', 'Enter a name'],
    ]);
    expect(send).not.toHaveBeenCalled();
    expect(hook.result.current.busy).toBe(false);
  });

  it('lets the form replace a schema message, still in field order', async () => {
    const { hook, submit } = renderSubmission({
      adjustErrors: (found) => ({ ...found, email: 'Enter your work email address' }),
    });
    await submit({ name: '', email: 'a@example.org' });
    expect(Object.entries(hook.result.current.errors)).toEqual([
      ['email', 'Enter your work email address'],
      ['name', 'Enter a name'],
    ]);
  });

  it('sends what the schema made of the values and clears earlier errors', async () => {
    const { hook, send, submit } = renderSubmission();
    await submit({ name: '', email: '' });
    await submit({ name: '  Sam ', email: 'sam@example.org' });
    expect(send).toHaveBeenCalledWith({ name: 'Sam', email: 'sam@example.org' });
    expect(hook.result.current.errors).toEqual({});
  });

  it('is busy while sending, and not once the API refuses', async () => {
    let refuse: (error: unknown) => void = () => {};
    const send = vi.fn(
      () =>
        new Promise<void>((_, reject) => {
          refuse = reject;
        }),
    );
    const { hook } = renderSubmission({ send });
    let sent: Promise<void> = Promise.resolve();
    act(() => {
      sent = hook.result.current.submit(submitEvent(), { name: 'Sam', email: 'sam@example.org' });
    });
    expect(hook.result.current.busy).toBe(true);
    await act(async () => {
      refuse(refusal());
      await sent;
    });
    expect(hook.result.current.busy).toBe(false);
    expect(hook.result.current.errors).toEqual({ email: 'That was refused.' });
  });

  it('shows the API’s issues against the fields they name', async () => {
    const send = vi.fn(async () => {
      throw refusal([{ path: ['body', 'name'], message: 'That name is taken' }]);
    });
    const { hook, submit } = renderSubmission({ send, fallbackField: 'name' });
    await submit({ name: 'Sam', email: 'sam@example.org' });
    expect(hook.result.current.errors).toEqual({ name: 'That name is taken' });
  });

  it('puts an error that names no field against the fallback field', async () => {
    const send = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { hook, submit } = renderSubmission({ send, fallbackField: 'name' });
    await submit({ name: 'Sam', email: 'sam@example.org' });
    expect(hook.result.current.errors).toEqual({
      name: 'Could not reach the server. Check your connection and try again.',
    });
  });

  it('uses the form’s own mapping of a refusal, and the usual one where it has none', async () => {
    const errorsFromProblem = (error: unknown) =>
      error instanceof ApiProblem && error.status === 409 ? { name: 'Already added' } : undefined;
    let answer = new ApiProblem(409, problem(409, 'CONFLICT', 'Conflict') as ProblemDetails);
    const send = vi.fn(async () => {
      throw answer;
    });
    const { hook, submit } = renderSubmission({ send, errorsFromProblem });
    await submit({ name: 'Sam', email: 'sam@example.org' });
    expect(hook.result.current.errors).toEqual({ name: 'Already added' });
    answer = refusal();
    await submit({ name: 'Sam', email: 'sam@example.org' });
    expect(hook.result.current.errors).toEqual({ email: 'That was refused.' });
  });
});
