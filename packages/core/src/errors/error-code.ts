import { z } from 'zod';

/** The closed set of error codes. Every error the project reports carries one of these. */
export const ErrorCodeSchema = z.enum([
  'VALIDATION_FAILED',
  'INTEGRITY_FAILED',
  'INVALID_SHARE_CODE',
  'MALFORMED_REQUEST',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
  'TOO_MANY_REQUESTS',
  'INTERNAL',
  'UNAVAILABLE',
]);

export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** HTTP status for each code. `satisfies` makes a missing code a compile error. */
export const httpStatusByCode = {
  VALIDATION_FAILED: 422,
  INTEGRITY_FAILED: 422,
  INVALID_SHARE_CODE: 422,
  MALFORMED_REQUEST: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const satisfies Record<ErrorCode, number>;

/** A short human title per code, used as the problem document's `title`. */
export const errorTitleByCode = {
  VALIDATION_FAILED: 'There is a problem with what was sent',
  INTEGRITY_FAILED: 'The content has broken references or missing evidence',
  INVALID_SHARE_CODE: 'The share code is not valid',
  MALFORMED_REQUEST: 'The request could not be read',
  UNSUPPORTED_MEDIA_TYPE: 'The request body has the wrong content type',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  UNAUTHENTICATED: 'You need to sign in',
  FORBIDDEN: 'You do not have permission to do this',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'This method is not allowed here',
  CONFLICT: 'This conflicts with the current state',
  PRECONDITION_FAILED: 'The item has changed since you loaded it',
  PRECONDITION_REQUIRED: 'Say which version you are changing',
  TOO_MANY_REQUESTS: 'Too many requests',
  INTERNAL: 'Something went wrong',
  UNAVAILABLE: 'The service is not available',
} as const satisfies Record<ErrorCode, string>;
