import { AppError, CSRF_HEADER, hasRole } from '@peer-toolkit/core';
import type { Request } from 'express';
import type { AuthContext } from '../auth/auth-service.js';
import type { RouteSpec } from './route.js';

/**
 * CSRF defence for state-changing admin requests: the Origin must be one the admin is served
 * from, and a custom header must be present, which a cross-site form or image cannot send and a
 * cross-site script cannot send without a CORS preflight this API refuses.
 */
export function checkCsrf(req: Request, allowedOrigins: readonly string[]): void {
  const origin = req.get('origin');
  if (!origin || !allowedOrigins.includes(origin)) {
    throw new AppError('FORBIDDEN', `CSRF: origin ${origin ?? 'missing'}`, {
      safeMessage: 'This request must come from the toolkit’s own admin pages.',
    });
  }
  if (!req.get(CSRF_HEADER)) {
    throw new AppError('FORBIDDEN', 'CSRF: header missing', {
      safeMessage: 'This request must come from the toolkit’s own admin pages.',
    });
  }
}

/** Enforces a route's access rule; returns the session it may use. */
export function checkAccess(spec: RouteSpec, auth: AuthContext | undefined): void {
  const access = spec.access ?? 'public';
  if (access === 'public') return;
  if (!auth) {
    throw new AppError('UNAUTHENTICATED', 'No valid session', {
      safeMessage: 'Sign in to continue. Your session may have ended.',
    });
  }
  const stages = access === 'session' ? (spec.stages ?? ['signed-in']) : ['signed-in'];
  if (!stages.includes(auth.stage)) {
    const safeMessage =
      auth.stage === 'second-factor'
        ? 'Enter the code from your authenticator app to finish signing in.'
        : auth.stage === 'enrol-second-factor'
          ? 'Your role requires two-step verification. Set it up to continue.'
          : 'Sign in again to continue.';
    throw new AppError('FORBIDDEN', `Stage ${auth.stage} not allowed`, { safeMessage });
  }
  if (auth.user.must_change_password === 1 && !spec.allowWhilePasswordChangeRequired) {
    throw new AppError('FORBIDDEN', 'Password change required', {
      safeMessage: 'Change your password to continue.',
    });
  }
  if (access !== 'session' && !hasRole(auth.user.role, access)) {
    throw new AppError('FORBIDDEN', `${auth.user.role} lacks ${access}`, {
      safeMessage: 'Your role does not allow this.',
    });
  }
}
