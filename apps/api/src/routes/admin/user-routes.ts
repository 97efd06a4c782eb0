import { randomUUID } from 'node:crypto';
import {
  AppError,
  CreateUserRequestSchema,
  pageInfo,
  type Role,
  SecuritySettingsSchema,
  UpdateUserRequestSchema,
  type User,
  UserListQuerySchema,
  UserListSchema,
  UserSchema,
} from '@peer-toolkit/core';
import { z } from 'zod';
import { checkNewPassword, generatePassword, hashPassword } from '../../auth/passwords.js';
import { requireIfMatch } from '../../http/if-match.js';
import { defineRoute, type RouteSpec } from '../../http/route.js';
import type { AccountTransaction, UserRecord } from '../../store/account-store.js';
import type { AdminServices } from './services.js';
import { securitySettingsEtag, userEtag } from './user-version.js';

const TAG = ['Admin: users'];
const UserParamsSchema = z.strictObject({ userId: z.string().max(64) });
const PasswordResultSchema = z.object({
  user: UserSchema,
  temporaryPassword: z.string().nullable(),
});

function toUser(record: Omit<UserRecord, 'totp_secret'>, activeSessions: number): User {
  return {
    id: record.id,
    email: record.email,
    displayName: record.display_name,
    role: record.role,
    totpEnabled: record.totp_enabled_at !== null,
    mustChangePassword: record.must_change_password === 1,
    disabled: record.disabled_at !== null,
    activeSessions,
    lastSignInAt: record.last_sign_in_at,
    createdAt: record.created_at,
  };
}

const emailInUse = () =>
  new AppError('CONFLICT', 'Email in use', {
    safeMessage: 'A user with this email address already exists.',
    issues: [
      {
        path: ['body', 'email'],
        message: 'Enter an email address not already in use',
        rule: 'unique-email',
      },
    ],
  });

export function userRoutes(services: AdminServices): RouteSpec[] {
  const { accounts, accountTransaction: transaction } = services.stores;
  const now = () => new Date(services.clock()).toISOString();

  /** Inside an account transaction, pass its store: the embedded database has one connection. */
  async function findUser(id: string, store = accounts): Promise<UserRecord> {
    const record = await store.findUserById(id);
    if (!record)
      throw new AppError('NOT_FOUND', `user ${id}`, { safeMessage: 'There is no such user.' });
    return record;
  }

  const settingsResponse = (roles: Role[]) => ({
    body: { secondFactorRequiredFor: roles },
    headers: { etag: securitySettingsEtag(roles) },
  });

  /** The user as a response, with the ETag an edit of them sends back in If-Match. */
  async function userResponse(id: string) {
    const record = await findUser(id);
    return {
      body: toUser(record, await accounts.activeSessionCount(id, now())),
      headers: { etag: userEtag(record) },
    };
  }

  const describeUser = async (id: string): Promise<User> => (await userResponse(id)).body;

  const log = (
    tx: AccountTransaction,
    actor: { id: string; email: string },
    ip: string | null,
    action: Parameters<AccountTransaction['audit']['append']>[0]['action'],
    targetId: string,
    details: Record<string, unknown> = {},
  ) =>
    tx.audit.append({
      at: now(),
      actorId: actor.id,
      actorEmail: actor.email,
      ip,
      action,
      targetType: 'user',
      targetId,
      details,
    });

  return [
    defineRoute({
      method: 'get',
      path: '/admin/users',
      operationId: 'listUsers',
      summary: 'List users',
      tags: TAG,
      access: 'admin',
      query: UserListQuerySchema,
      cache: 'none',
      responses: [{ status: 200, description: 'A page of users', schema: UserListSchema }],
      handle: async ({ query }) => {
        const { items, total } = await accounts.listUsers(query, now());
        return {
          body: {
            ...pageInfo(query, total),
            items: items.map((item) => toUser(item, item.active_sessions)),
          },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/users',
      operationId: 'createUser',
      summary: 'Create a user',
      description:
        'Without a password, a temporary one is generated and returned once; the user must change it at first sign-in.',
      tags: TAG,
      access: 'admin',
      body: CreateUserRequestSchema,
      errors: [{ status: 409, description: 'The email address is in use' }],
      cache: 'none',
      responses: [{ status: 201, description: 'The new user', schema: PasswordResultSchema }],
      handle: async ({ body, auth, client }) => {
        if (await accounts.findUserByEmail(body.email)) throw emailInUse();
        const temporary = body.password === undefined ? generatePassword() : undefined;
        const password = body.password ?? (temporary as string);
        const problem = checkNewPassword(password, body.email);
        if (problem) {
          throw new AppError('VALIDATION_FAILED', 'Password rejected', {
            safeMessage: problem,
            issues: [{ path: ['body', 'password'], message: problem, rule: 'password-policy' }],
          });
        }
        const id = randomUUID();
        const passwordHash = await hashPassword(password);
        await transaction(async (tx) => {
          // Checked again here: another admin may have taken the address while this hashed.
          if (await tx.accounts.findUserByEmail(body.email)) throw emailInUse();
          await tx.accounts.createUser({
            id,
            email: body.email,
            displayName: body.displayName,
            role: body.role,
            passwordHash,
            mustChangePassword: temporary !== undefined,
            now: now(),
          });
          await log(tx, auth.user, client.ip, 'user.create', id, {
            email: body.email,
            role: body.role,
          });
        });
        return {
          status: 201,
          body: { user: await describeUser(id), temporaryPassword: temporary ?? null },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/admin/users/:userId',
      operationId: 'getUser',
      summary: 'Get a user',
      tags: TAG,
      access: 'admin',
      params: UserParamsSchema,
      cache: 'none',
      responses: [{ status: 200, description: 'The user', schema: UserSchema }],
      handle: async ({ params }) => userResponse(params.userId),
    }),
    defineRoute({
      method: 'patch',
      path: '/admin/users/:userId',
      operationId: 'updateUser',
      summary: 'Change a user’s name or role, or disable or enable them',
      description:
        'Disabling a user, or changing their role, ends their sessions. The last active admin cannot be disabled or demoted. Send the ETag of the user as you saw them in If-Match: if someone changed their name, role or status since, the answer is 412 with the user as they are now in `current`, and nothing changes.',
      tags: TAG,
      access: 'admin',
      params: UserParamsSchema,
      body: UpdateUserRequestSchema,
      errors: [{ status: 409, description: 'It would leave no active admin' }],
      ifMatch: true,
      cache: 'none',
      responses: [{ status: 200, description: 'The user', schema: UserSchema }],
      handle: async ({ params, body, auth, client, req }) => {
        const expected = requireIfMatch(req);
        // The checks and the change share a transaction, so two admins demoting each other, or
        // editing the same user, at once cannot both succeed.
        await transaction(async (tx) => {
          const record = await findUser(params.userId, tx.accounts);
          if (userEtag(record) !== expected) {
            throw new AppError('PRECONDITION_FAILED', `Stale user ${record.id}`, {
              safeMessage:
                'Someone else changed this user after you opened the page. Check their details as they are now, then make your change again.',
              extensions: {
                current: toUser(record, await tx.accounts.activeSessionCount(record.id, now())),
              },
            });
          }
          const losesAdmin =
            record.role === 'admin' &&
            ((body.role !== undefined && body.role !== 'admin') || body.disabled === true);
          if (losesAdmin && (await tx.accounts.countActiveAdmins(record.id)) === 0) {
            throw new AppError('CONFLICT', 'Last admin', {
              safeMessage: 'This is the only active admin. Make someone else an admin first.',
            });
          }
          await tx.accounts.updateUser(
            record.id,
            {
              ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
              ...(body.role !== undefined ? { role: body.role } : {}),
              ...(body.disabled !== undefined ? { disabledAt: body.disabled ? now() : null } : {}),
            },
            now(),
          );
          if (body.disabled === true || (body.role !== undefined && body.role !== record.role)) {
            await tx.accounts.deleteUserSessions(record.id);
          }
          await log(tx, auth.user, client.ip, 'user.update', record.id, { ...body });
        });
        return userResponse(params.userId);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/users/:userId/password-reset',
      operationId: 'resetUserPassword',
      summary: 'Give a user a new temporary password',
      description:
        'Ends their sessions. The password is returned once; they must change it at next sign-in.',
      tags: TAG,
      access: 'admin',
      params: UserParamsSchema,
      cache: 'none',
      responses: [
        { status: 200, description: 'The temporary password', schema: PasswordResultSchema },
      ],
      handle: async ({ params, auth, client }) => {
        const user = await describeUser(params.userId);
        const temporary = generatePassword();
        const passwordHash = await hashPassword(temporary);
        await transaction(async (tx) => {
          await tx.accounts.updateUser(user.id, { passwordHash, mustChangePassword: true }, now());
          await tx.accounts.deleteUserSessions(user.id);
          await log(tx, auth.user, client.ip, 'user.password-reset', user.id);
        });
        return { body: { user: await describeUser(user.id), temporaryPassword: temporary } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/users/:userId/end-sessions',
      operationId: 'endUserSessions',
      summary: 'End all of a user’s sessions',
      tags: TAG,
      access: 'admin',
      params: UserParamsSchema,
      cache: 'none',
      responses: [{ status: 200, description: 'The user', schema: UserSchema }],
      handle: async ({ params, auth, client }) => {
        const user = await describeUser(params.userId);
        await transaction(async (tx) => {
          const ended = await tx.accounts.deleteUserSessions(user.id);
          await log(tx, auth.user, client.ip, 'user.sessions-ended', user.id, { ended });
        });
        return userResponse(user.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admin/users/:userId/second-factor-reset',
      operationId: 'resetUserSecondFactor',
      summary: 'Remove a user’s second factor, for a lost device',
      description:
        'Ends their sessions. If their role requires a second factor, they must set one up at next sign-in.',
      tags: TAG,
      access: 'admin',
      params: UserParamsSchema,
      cache: 'none',
      responses: [{ status: 200, description: 'The user', schema: UserSchema }],
      handle: async ({ params, auth, client }) => {
        const user = await describeUser(params.userId);
        await transaction(async (tx) => {
          await tx.accounts.updateUser(user.id, { totpSecret: null, totpEnabledAt: null }, now());
          await tx.accounts.deleteUserSessions(user.id);
          await log(tx, auth.user, client.ip, 'user.second-factor-reset', user.id);
        });
        return userResponse(user.id);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/admin/security-settings',
      operationId: 'getSecuritySettings',
      summary: 'Which roles must use a second factor',
      tags: TAG,
      access: 'admin',
      cache: 'none',
      responses: [{ status: 200, description: 'The settings', schema: SecuritySettingsSchema }],
      handle: async () => settingsResponse(await accounts.secondFactorRoles()),
    }),
    defineRoute({
      method: 'put',
      path: '/admin/security-settings',
      operationId: 'updateSecuritySettings',
      summary: 'Choose which roles must use a second factor',
      description:
        'Users of those roles without one must set one up at their next request. Send the ETag of the settings as you saw them in If-Match: if another admin changed them since, the answer is 412 with the settings as they are now in `current`.',
      tags: TAG,
      access: 'admin',
      body: SecuritySettingsSchema.strict(),
      ifMatch: true,
      cache: 'none',
      responses: [{ status: 200, description: 'The settings', schema: SecuritySettingsSchema }],
      handle: async ({ body, auth, client, req }) => {
        const expected = requireIfMatch(req);
        await transaction(async (tx) => {
          const current = await tx.accounts.secondFactorRoles();
          if (securitySettingsEtag(current) !== expected) {
            throw new AppError('PRECONDITION_FAILED', 'Stale security settings', {
              safeMessage:
                'Another admin changed these settings after you opened the page. Check them as they are now, then make your change again.',
              extensions: { current: { secondFactorRequiredFor: current } },
            });
          }
          await tx.accounts.setSecondFactorRoles(body.secondFactorRequiredFor);
          await tx.audit.append({
            at: now(),
            actorId: auth.user.id,
            actorEmail: auth.user.email,
            ip: client.ip,
            action: 'settings.update',
            targetType: 'settings',
            targetId: 'security',
            details: { ...body },
          });
        });
        return settingsResponse(await accounts.secondFactorRoles());
      },
    }),
  ];
}
