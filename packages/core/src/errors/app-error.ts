import type { z } from 'zod';
import { type ErrorCode, errorTitleByCode, httpStatusByCode } from './error-code.js';
import type { ProblemDetails, ProblemIssue } from './problem-details.js';

interface AppErrorOptions {
  /** Shown to the user; must not leak internals. Defaults to the code's title. */
  safeMessage?: string;
  issues?: ProblemIssue[];
  /** Extra problem members, such as the current revision on a conflict. */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * The one error class. `message` is for logs; `safeMessage` is what users see.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly safeMessage: string;
  readonly issues: ProblemIssue[] | undefined;
  readonly extensions: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.safeMessage = options.safeMessage ?? errorTitleByCode[code];
    this.issues = options.issues;
    this.extensions = options.extensions;
  }

  get status(): number {
    return httpStatusByCode[this.code];
  }

  toProblem(instance?: string): ProblemDetails {
    return {
      ...this.extensions,
      type: `urn:peer-toolkit:problem:${this.code.toLowerCase().replaceAll('_', '-')}`,
      title: errorTitleByCode[this.code],
      status: this.status,
      detail: this.safeMessage,
      code: this.code,
      ...(instance === undefined ? {} : { instance }),
      ...(this.issues === undefined ? {} : { issues: this.issues }),
    };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Turns zod issues into problem issues, keeping zod's messages and paths. */
export function issuesFromZod(error: z.ZodError, prefix: (string | number)[] = []): ProblemIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    message: issue.message,
    rule: issue.code,
  }));
}

/** A VALIDATION_FAILED error carrying every zod issue. */
export function validationError(
  error: z.ZodError,
  options: { prefix?: (string | number)[]; safeMessage?: string } = {},
): AppError {
  return new AppError('VALIDATION_FAILED', `Validation failed: ${error.issues.length} issue(s)`, {
    safeMessage: options.safeMessage ?? 'Check the highlighted fields and try again.',
    issues: issuesFromZod(error, options.prefix),
  });
}
