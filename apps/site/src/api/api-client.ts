import { AppError, ProblemDetailsSchema } from '@peer-toolkit/core';
import type { z } from 'zod';

interface Cached {
  etag: string;
  value: unknown;
}

/**
 * Reads the API. GET responses are kept with their ETags and revalidated on every use, so a
 * publish shows on the next page view while unchanged content costs a 304. Every body is parsed
 * with the same core schema the API validated it with.
 */
export class ApiClient {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly baseUrl: string,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  async get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
    const url = `${this.baseUrl}/api/v1${path}`;
    const cached = this.cache.get(url);
    const response = await this.fetcher(url, {
      headers: {
        accept: 'application/json',
        // fetch adds `Cache-Control: no-cache` to a request carrying If-None-Match unless one is
        // set, and the API (like Express) then never answers 304: ask for revalidation instead.
        ...(cached ? { 'if-none-match': cached.etag, 'cache-control': 'max-age=0' } : {}),
      },
    });
    if (response.status === 304 && cached) return cached.value as z.output<S>;
    const value = await this.read(response, schema);
    const etag = response.headers.get('etag');
    if (etag) {
      // A bounded cache: the site reads a few hundred distinct addresses at most.
      if (this.cache.size > 2000) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(url, { etag, value });
    }
    return value;
  }

  /** Returns undefined for a 404, so pages can answer "not found" themselves. */
  async find<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S> | undefined> {
    try {
      return await this.get(path, schema);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
      throw error;
    }
  }

  async post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    const response = await this.fetcher(`${this.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return this.read(response, schema);
  }

  private async read<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
    const text = await response.text();
    if (!response.ok) {
      const problem = ProblemDetailsSchema.safeParse(safeJson(text));
      if (problem.success) {
        // The API's problem travels on: a bad share code is the reader's to fix, not a crash.
        throw new AppError(problem.data.code, `API ${response.status}: ${problem.data.detail}`, {
          safeMessage: problem.data.detail,
          ...(problem.data.issues ? { issues: problem.data.issues } : {}),
        });
      }
      throw new AppError('UNAVAILABLE', `API answered ${response.status}`, {
        safeMessage: 'The toolkit’s content service is not available. Try again in a minute.',
      });
    }
    return schema.parse(safeJson(text));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
