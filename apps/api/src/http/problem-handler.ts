import { AppError, type ErrorCode, isAppError, PROBLEM_MEDIA_TYPE } from '@peer-toolkit/core';
import type { ErrorRequestHandler, Request, Response } from 'express';

interface HttpLikeError {
  limit?: number;
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Errors raised by body-parser and the router, mapped onto the project's codes. */
function fromHttpError(error: HttpLikeError & Error): AppError | undefined {
  const status = error.status ?? error.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const byStatus: Partial<Record<number, [ErrorCode, string]>> = {
    413: [
      'PAYLOAD_TOO_LARGE',
      typeof error.limit === 'number'
        ? `The request body is too large. Send less than ${Math.round(error.limit / 1024)} KB.`
        : 'The request body is too large.',
    ],
    415: ['UNSUPPORTED_MEDIA_TYPE', 'Send the request body as UTF-8 JSON.'],
  };
  const [code, safeMessage] = byStatus[status] ?? [
    'MALFORMED_REQUEST',
    error.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : 'The request could not be read. Check the address and body.',
  ];
  return new AppError(code, `${error.type ?? error.name}: ${error.message}`, {
    safeMessage,
    cause: error,
  });
}

export function sendProblem(req: Request, res: Response, error: AppError): void {
  const problem = error.toProblem(req.originalUrl);
  const retryAfter = error.extensions?.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  res.status(error.status);
  res.setHeader('Content-Type', `${PROBLEM_MEDIA_TYPE}; charset=utf-8`);
  res.setHeader('Cache-Control', 'no-store');
  res.removeHeader('ETag');
  res.send(JSON.stringify({ ...problem, requestId: String(req.id ?? '') }));
}

/** The last middleware: every error becomes problem+json; unexpected ones are logged in full. */
export const problemHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const known = isAppError(error) ? error : fromHttpError(error as HttpLikeError & Error);
  if (known) {
    if (known.status >= 500) req.log?.error({ err: error }, known.message);
    sendProblem(req, res, known);
    return;
  }
  req.log?.error({ err: error }, 'Unexpected error');
  sendProblem(req, res, new AppError('INTERNAL', 'Unexpected error', { cause: error }));
};
