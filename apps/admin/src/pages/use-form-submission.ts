import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { type FieldErrors, fieldErrorsFromProblem, fieldErrorsFromZod } from './form-fields.js';

export interface FormSubmissionOptions<Schema extends z.ZodType> {
  /** The core schema the API checks the request with, so most mistakes are caught before sending. */
  schema: Schema;
  /** The form's fields in the order they appear: the error summary lists them in this order. */
  fields: readonly string[];
  /** Where an API error that names none of `fields` is shown; the first field unless said. */
  fallbackField?: string;
  /** Replaces the schema's messages where the form can say something plainer. */
  adjustErrors?: (errors: FieldErrors) => FieldErrors;
  /** Errors for a refused request, where the API's issues say less; undefined for the usual ones. */
  errorsFromProblem?: (problem: unknown) => FieldErrors | undefined;
  /** Sends the checked request and acts on the answer; a throw becomes errors against the fields. */
  send: (request: z.output<Schema>) => Promise<void>;
}

export interface FormSubmission {
  errors: FieldErrors;
  setErrors: (errors: FieldErrors) => void;
  /** Counts submits, so `FormErrorSummary` takes focus again each time. */
  attempt: number;
  busy: boolean;
  /** For the form's onSubmit, with the values to check and send. */
  submit: (event: FormEvent, input: unknown) => Promise<void>;
}

/**
 * A form's submit as the admin's forms do it: check with the schema, then send, then show what
 * the API refused against the fields, with the error summary taking focus on every attempt.
 */
export function useFormSubmission<Schema extends z.ZodType>(
  options: FormSubmissionOptions<Schema>,
): FormSubmission {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const {
    schema,
    fields,
    fallbackField = fields[0] ?? '',
    adjustErrors,
    errorsFromProblem,
    send,
  } = options;

  const submit = async (event: FormEvent, input: unknown) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const request = schema.safeParse(input);
    if (!request.success) {
      const found = fieldErrorsFromZod(request.error);
      setErrors(inFieldOrder(adjustErrors ? adjustErrors(found) : found, fields));
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await send(request.data);
    } catch (problem) {
      setErrors(
        errorsFromProblem?.(problem) ?? fieldErrorsFromProblem(problem, fields, fallbackField),
      );
    } finally {
      setBusy(false);
    }
  };

  return { errors, setErrors, attempt, busy, submit };
}

// The summary lists errors as the form shows its fields, whatever order the checks ran in; any
// error about something else still shows, after them.
function inFieldOrder(errors: FieldErrors, fields: readonly string[]): FieldErrors {
  const ordered: FieldErrors = {};
  for (const field of fields) if (errors[field]) ordered[field] = errors[field];
  return { ...ordered, ...errors };
}
