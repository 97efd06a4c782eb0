import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, isAppError, validationError } from './app-error.js';
import { ErrorCodeSchema, httpStatusByCode } from './error-code.js';
import { ProblemDetailsSchema } from './problem-details.js';

describe('AppError', () => {
  it.each(ErrorCodeSchema.options)('%s becomes a valid problem document', (code) => {
    const problem = new AppError(code, 'internal detail').toProblem('/api/v1/x');
    expect(ProblemDetailsSchema.parse(problem)).toEqual(problem);
    expect(problem.status).toBe(httpStatusByCode[code]);
    expect(problem.detail).not.toContain('internal detail');
  });

  it('maps client errors to 4xx and server errors to 5xx', () => {
    const serverCodes = ErrorCodeSchema.options.filter((code) => httpStatusByCode[code] >= 500);
    expect(serverCodes.sort()).toEqual(['INTERNAL', 'UNAVAILABLE']);
  });

  it('carries extensions such as the current revision', () => {
    const problem = new AppError('PRECONDITION_FAILED', 'stale', {
      extensions: { current: { revision: 3 } },
    }).toProblem();
    expect(problem.current).toEqual({ revision: 3 });
  });

  it('turns zod issues into problem issues with paths', () => {
    const result = z.object({ a: z.array(z.string()) }).safeParse({ a: [1] });
    const error = validationError(result.error as z.ZodError, { prefix: ['body'] });
    expect(isAppError(error)).toBe(true);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['body', 'a', 0], rule: 'invalid_type' }),
    ]);
  });
});
