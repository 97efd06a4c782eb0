import { type ErrorCode, type ProblemDetails, ProblemDetailsSchema } from '@peer-toolkit/core';
import type { Response } from 'supertest';
import { expect } from 'vitest';

/**
 * Checks that a response is an RFC 9457 problem document with the given status and code, sent so
 * that no cache keeps it, and returns it parsed for further checks.
 */
export function expectProblem(res: Response, status: number, code: ErrorCode): ProblemDetails {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers.etag).toBeUndefined();
  const problem = ProblemDetailsSchema.parse(JSON.parse(res.text));
  expect(problem).toMatchObject({ status, code });
  expect(problem.requestId).toBe(res.headers['x-request-id']);
  return problem;
}

/** The paths of a problem's issues, for asserting where a validation failure points. */
export function issuePaths(problem: ProblemDetails): (string | number)[][] {
  return (problem.issues ?? []).map((issue) => issue.path);
}
