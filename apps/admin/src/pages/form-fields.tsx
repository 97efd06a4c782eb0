import { ErrorSummary } from '@peer-toolkit/ui';
import {
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useRef,
} from 'react';
import type { z } from 'zod';
import { ApiProblem } from '../api/client.js';
import { useSession } from '../session/session-context.js';

/** Messages by field name, in the order the fields appear. */
export type FieldErrors = Record<string, string>;

/** Client-side check with a core schema: the first message for each field, by field name. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/**
 * Turns an API error into messages against the form's fields. Issues name fields by paths like
 * ['body', 'newPassword']; anything else, and errors without issues, go to `fallbackField` with
 * the API's own message, so the user always sees what the server said.
 */
export function fieldErrorsFromProblem(
  error: unknown,
  fields: readonly string[],
  fallbackField: string,
): FieldErrors {
  if (!(error instanceof ApiProblem)) {
    return { [fallbackField]: 'Could not reach the server. Check your connection and try again.' };
  }
  const errors: FieldErrors = {};
  for (const issue of error.problem.issues ?? []) {
    const [where, field] = issue.path;
    const name =
      where === 'body' && typeof field === 'string' && fields.includes(field) ? field : '';
    if (name && !errors[name]) errors[name] = issue.message;
  }
  if (Object.keys(errors).length === 0) errors[fallbackField] = error.problem.detail;
  return errors;
}

/** The API's safe message for an error, or a plain one when the server could not be reached. */
export function problemMessage(error: unknown, fallback = 'Something went wrong. Try again.') {
  if (error instanceof ApiProblem) return error.problem.detail;
  if (error instanceof Error && error.name === 'AbortError') return fallback;
  return 'Could not reach the server. Check your connection and try again.';
}

/**
 * The "There is a problem" summary for a form. It takes focus each time `attempt` changes with
 * errors showing (each submit), and its links move focus to the field, not just scroll to it.
 */
export function FormErrorSummary({
  errors,
  idFor,
  attempt,
}: {
  errors: FieldErrors;
  idFor: (field: string) => string;
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const hasErrors = entries.length > 0;
  // `attempt` is a dependency so the summary takes focus again on every submit.
  useEffect(() => {
    if (hasErrors) ref.current?.querySelector<HTMLElement>('.ptk-error-summary')?.focus();
  }, [attempt, hasErrors]);
  const moveToField = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    const id = link?.getAttribute('href')?.slice(1);
    const field = id ? document.getElementById(id) : null;
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the links inside take the keyboard; this only improves where focus lands
    <div ref={ref} onClick={moveToField}>
      <ErrorSummary
        errors={entries.map(([field, message]) => ({ href: `#${idFor(field)}`, message }))}
      />
    </div>
  );
}

/**
 * A status message (role=status) that screen readers announce when its text appears. It also
 * takes focus, because the control that was used is often gone once the action is done.
 */
export function SuccessMessage({ message }: { message: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!message) return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  return (
    <div
      ref={ref}
      role="status"
      tabIndex={-1}
      className={message ? 'admin-success' : 'admin-success--empty'}
    >
      {message ? <div className="admin-success__body">{message}</div> : null}
    </div>
  );
}

/** An error that belongs to no one field, such as an action the API refused. Takes focus. */
export function ProblemAlert({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} className="ptk-error-summary" role="alert" tabIndex={-1}>
      <h2>There is a problem</h2>
      <p>{message}</p>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children?: ReactNode;
}

/** Label, hint and error message around one control, wired with aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  error,
  className = 'ptk-input',
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`ptk-form-group${error ? ' ptk-form-group--error' : ''}`}>
      <label className="ptk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="ptk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      <input
        id={id}
        className={`${className}${error ? ' ptk-input--error' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="ptk-error-message" id={id}>
      <span className="ptk-visually-hidden">Error:</span> {message}
    </p>
  );
}

/** Sets the browser tab's title, so each screen can be told apart (WCAG 2.4.2). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Toolkit admin`;
  }, [title]);
}

/**
 * Changes when a new session starts, such as after signing in again in the "session ended"
 * dialog, so a screen whose loading was refused can load again.
 */
export function useSessionStamp(): string | undefined {
  return useSession().session?.expiresAt;
}

/** A 401: the app is already asking to sign in again, so the screen need not say more. */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 401;
}
