import { AppError } from '@peer-toolkit/core';
import type { Request } from 'express';

/** The If-Match header of a change; a change that does not name the version it saw is refused (428). */
export function requireIfMatch(req: Request): string {
  const header = req.get('if-match')?.trim();
  if (!header) {
    throw new AppError('PRECONDITION_REQUIRED', 'If-Match missing', {
      safeMessage: 'Say which version you are changing: send its ETag in If-Match.',
    });
  }
  return header;
}
