import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  type ProblemDetails,
  ProblemDetailsSchema,
} from '@peer-toolkit/core';
import type { z } from 'zod';

/** An error answer from the API, with its problem document for messages and field errors. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail);
    this.name = 'ApiProblem';
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever the API says the session has ended, so the app can ask to sign in again. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface CallOptions<S extends z.ZodType> {
  schema: S;
  body?: unknown;
  /** The ETag of the version being changed, for saves and publishing. */
  ifMatch?: string;
  signal?: AbortSignal;
}

export interface CallResult<T> {
  data: T;
  etag: string | undefined;
}

/**
 * One request to the API on the admin's own origin: the session cookie goes along, the CSRF
 * header is always sent, and the answer is parsed with the same core schema the API used.
 */
export async function call<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: CallOptions<S>,
): Promise<CallResult<z.output<S>>> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    [CSRF_HEADER]: CSRF_HEADER_VALUE,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const response = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = ProblemDetailsSchema.safeParse(json);
    const details: ProblemDetails = problem.success
      ? problem.data
      : {
          type: 'about:blank',
          title: 'Something went wrong',
          status: response.status,
          detail: 'The server gave an answer the admin could not read. Try again.',
          code: 'INTERNAL',
        };
    if (response.status === 401 && !path.startsWith('/admin/auth/sign-in')) {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw new ApiProblem(response.status, details);
  }
  return { data: options.schema.parse(json), etag: response.headers.get('etag') ?? undefined };
}
