import {
  AppError,
  ChangePasswordRequestSchema,
  LoginRequestSchema,
  SecondFactorRequestSchema,
  SessionInfoSchema,
  TotpConfirmRequestSchema,
  TotpDisableRequestSchema,
  TotpSetupResponseSchema,
} from '@peer-toolkit/core';
import type { Response } from 'express';
import { z } from 'zod';
import type { SignInResult } from '../../auth/auth-service.js';
import { defineRoute, type RouteSpec } from '../../http/route.js';
import type { AdminServices } from './services.js';

const TAG = ['Admin: sign-in'];
const sessionResponse = { status: 200, description: 'The session', schema: SessionInfoSchema };

/** Turns a sign-in outcome into a response, setting the new cookie on success. */
function answer(result: SignInResult, services: AdminServices, res: Response) {
  if (result.kind === 'throttled') {
    throw new AppError('TOO_MANY_REQUESTS', 'Sign-in throttled', {
      safeMessage: `Too many attempts. Wait ${result.retryAfterSeconds} seconds, then try again.`,
      extensions: { retryAfterSeconds: result.retryAfterSeconds },
    });
  }
  if (result.kind === 'failed') {
    throw new AppError('UNAUTHENTICATED', 'Sign-in failed', {
      safeMessage: 'The email address, password or code is not right.',
    });
  }
  services.cookie.set(res, result.token, result.info.expiresAt);
  return { body: result.info };
}

export function authRoutes(services: AdminServices): RouteSpec[] {
  const { auth, cookie } = services;
  return [
    defineRoute({
      method: 'post',
      path: '/admin/auth/sign-in',
      operationId: 'signIn',
      access: 'public',
      summary: 'Sign in with email and password',
      description:
        'Starts a new session (any session this browser had is ended). When the account uses a second factor, the session waits in the "second-factor" stage for the code. Failures give one generic message; repeated failures are slowed down.',
      tags: TAG,
      body: LoginRequestSchema,
      errors: [
        { status: 401, description: 'The email, password or code is not right' },
        { status: 429, description: 'Too many attempts; see Retry-After' },
      ],
      cache: 'none',
      responses: [sessionResponse],
      handle: async ({ body, client, res, auth: existing }) => {
        if (existing) await services.stores.accounts.deleteSession(existing.session.token_hash);
        return answer(await auth.signIn(body.email, body.password, client), services, res);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/auth/second-factor',
      operationId: 'completeSecondFactor',
      summary: 'Finish signing in with the code from an authenticator app',
      tags: TAG,
      access: 'session',
      stages: ['second-factor'],
      allowWhilePasswordChangeRequired: true,
      body: SecondFactorRequestSchema,
      errors: [
        { status: 401, description: 'The code is not right' },
        { status: 429, description: 'Too many attempts; see Retry-After' },
      ],
      cache: 'none',
      responses: [sessionResponse],
      handle: async ({ body, auth: context, client, res }) =>
        answer(await auth.completeSecondFactor(context, body.code, client), services, res),
    }),
    defineRoute({
      method: 'get',
      path: '/admin/auth/session',
      operationId: 'getSession',
      summary: 'The current session and user',
      tags: TAG,
      access: 'session',
      stages: ['signed-in', 'second-factor', 'enrol-second-factor'],
      allowWhilePasswordChangeRequired: true,
      cache: 'none',
      responses: [sessionResponse],
      handle: async ({ auth: context }) => ({ body: auth.describe(context) }),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/auth/sign-out',
      operationId: 'signOut',
      summary: 'Sign out: the session ends on the server',
      tags: TAG,
      access: 'session',
      stages: ['signed-in', 'second-factor', 'enrol-second-factor'],
      allowWhilePasswordChangeRequired: true,
      cache: 'none',
      responses: [
        {
          status: 200,
          description: 'Signed out',
          schema: z.object({ signedOut: z.literal(true) }),
        },
      ],
      handle: async ({ auth: context, client, res }) => {
        await auth.signOut(context, client);
        cookie.clear(res);
        return { body: { signedOut: true } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/auth/password',
      operationId: 'changePassword',
      summary: 'Change your password',
      description:
        'Ends every session of the account, including others’ browsers, and starts a new one here.',
      tags: TAG,
      access: 'session',
      stages: ['signed-in', 'enrol-second-factor'],
      allowWhilePasswordChangeRequired: true,
      body: ChangePasswordRequestSchema,
      cache: 'none',
      responses: [sessionResponse],
      handle: async ({ body, auth: context, client, res }) => {
        const { token, info } = await auth.changePassword(
          context,
          body.currentPassword,
          body.newPassword,
          client,
        );
        cookie.set(res, token, info.expiresAt);
        return { body: info };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/auth/second-factor/setup',
      operationId: 'beginSecondFactor',
      summary: 'Start setting up two-step verification (TOTP)',
      description: 'Returns a new secret. It takes effect once a code from it is confirmed.',
      tags: TAG,
      access: 'session',
      stages: ['signed-in', 'enrol-second-factor'],
      errors: [{ status: 409, description: 'Two-step verification is already on' }],
      cache: 'none',
      responses: [
        {
          status: 200,
          description: 'The secret to add to an authenticator app',
          schema: TotpSetupResponseSchema,
        },
      ],
      handle: async ({ auth: context }) => ({ body: await auth.beginSecondFactor(context) }),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/auth/second-factor/confirm',
      operationId: 'confirmSecondFactor',
      summary: 'Turn two-step verification on by confirming a code',
      description: 'Ends the account’s other sessions and starts a new one here.',
      tags: TAG,
      access: 'session',
      stages: ['signed-in', 'enrol-second-factor'],
      body: TotpConfirmRequestSchema,
      cache: 'none',
      responses: [sessionResponse],
      handle: async ({ body, auth: context, client, res }) => {
        const { token, info } = await auth.confirmSecondFactor(context, body.code, client);
        cookie.set(res, token, info.expiresAt);
        return { body: info };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/auth/second-factor/disable',
      operationId: 'disableSecondFactor',
      summary: 'Turn two-step verification off (not allowed where the role requires it)',
      description: 'Ends the account’s other sessions and starts a new one here.',
      tags: TAG,
      access: 'editor',
      body: TotpDisableRequestSchema,
      errors: [
        { status: 403, description: 'The role requires a second factor' },
        { status: 429, description: 'Too many wrong codes; see Retry-After' },
      ],
      cache: 'none',
      responses: [sessionResponse],
      handle: async ({ body, auth: context, client, res }) => {
        const { token, info } = await auth.disableSecondFactor(
          context,
          body.password,
          body.code,
          client,
        );
        cookie.set(res, token, info.expiresAt);
        return { body: info };
      },
    }),
  ];
}
