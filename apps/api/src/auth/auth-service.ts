import { AppError, type AuditAction, hasRole, type SessionInfo } from '@peer-toolkit/core';
import type { AccountTransaction, SessionRecord, UserRecord } from '../store/account-store.js';
import type { NewAuditEntry } from '../store/audit-store.js';
import type { Stores } from '../store/open-store.js';
import { checkNewPassword, hashPassword, spendVerifyTime, verifyPassword } from './passwords.js';
import { createSessionToken, hashSessionToken } from './session-token.js';
import {
  delayAfter,
  FORGET_AFTER_MS,
  type ThrottleScope,
  throttleKeys,
  throttleRules,
} from './throttle-policy.js';
import { createTotpSecret, matchTotp, totpUri } from './totp.js';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface AuthContext {
  user: UserRecord;
  session: SessionRecord;
  /** The stage after applying current settings (a role may since have been made to need TOTP). */
  stage: SessionRecord['stage'];
}

export type SignInResult =
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'failed' }
  | { kind: 'session'; token: string; info: SessionInfo };

export interface AuthConfig {
  sessionIdleMinutes: number;
  sessionMaxHours: number;
}

const SECOND_FACTOR_WINDOW_MS = 5 * 60 * 1000;
/** Writing last_seen_at on every request would turn each read into a write. */
const TOUCH_EVERY_MS = 60 * 1000;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Sign-in, sessions and the second factor. All times come from `clock`, so tests can move it.
 * Each change that writes more than one row (a sign-in, a password change, ...) runs as one
 * account transaction together with its audit entry.
 */
export class AuthService {
  private readonly accounts: Stores['accounts'];
  private readonly audit: Stores['audit'];
  private readonly transaction: Stores['accountTransaction'];

  constructor(
    stores: Pick<Stores, 'accounts' | 'audit' | 'accountTransaction'>,
    private readonly config: AuthConfig,
    private readonly clock: () => number = Date.now,
  ) {
    this.accounts = stores.accounts;
    this.audit = stores.audit;
    this.transaction = stores.accountTransaction;
  }

  private entry(
    action: AuditAction,
    client: ClientInfo,
    user: Pick<UserRecord, 'id' | 'email'> | null,
    details: Record<string, unknown> = {},
    email?: string,
  ): NewAuditEntry {
    return {
      at: iso(this.clock()),
      actorId: user?.id ?? null,
      actorEmail: user?.email ?? email ?? null,
      ip: client.ip,
      action,
      targetType: 'user',
      targetId: user?.id ?? null,
      details,
    };
  }

  private async blockedFor(keys: string[]): Promise<number> {
    const now = this.clock();
    const records = await this.accounts.findThrottles(keys);
    const until = Math.max(
      0,
      ...records.map((record) => (record.blocked_until ? Date.parse(record.blocked_until) : 0)),
    );
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  private async recordFailure(
    { accounts }: AccountTransaction,
    keys: Partial<Record<ThrottleScope, string>>,
  ): Promise<void> {
    const now = this.clock();
    const existing = await accounts.findThrottles(Object.values(keys));
    for (const [scope, key] of Object.entries(keys) as [ThrottleScope, string][]) {
      const previous = existing.find((record) => record.key === key);
      const stale = !previous || now - Date.parse(previous.last_failure_at) > FORGET_AFTER_MS;
      const failures = (stale ? 0 : previous.failures) + 1;
      const delay = delayAfter(failures, throttleRules[scope]);
      await accounts.saveThrottle({
        key,
        failures,
        last_failure_at: iso(now),
        blocked_until: delay > 0 ? iso(now + delay) : null,
      });
    }
  }

  /** Inside a transaction, pass its store: the embedded database has one connection. */
  private async stageFor(
    accounts: Stores['accounts'],
    user: UserRecord,
  ): Promise<SessionRecord['stage']> {
    if (user.totp_enabled_at) return 'signed-in';
    const required = await accounts.secondFactorRoles();
    return required.includes(user.role) ? 'enrol-second-factor' : 'signed-in';
  }

  private async openSession(
    { accounts }: AccountTransaction,
    user: UserRecord,
    stage: SessionRecord['stage'],
    client: ClientInfo,
  ) {
    const now = this.clock();
    const token = createSessionToken();
    const expires =
      stage === 'second-factor'
        ? now + SECOND_FACTOR_WINDOW_MS
        : now + this.config.sessionMaxHours * 3_600_000;
    const session: SessionRecord = {
      token_hash: hashSessionToken(token),
      user_id: user.id,
      stage,
      created_at: iso(now),
      last_seen_at: iso(now),
      expires_at: iso(expires),
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    };
    await accounts.createSession(session);
    return { token, info: this.describe({ user, session, stage }) };
  }

  describe(context: AuthContext): SessionInfo {
    const idle = Date.parse(context.session.last_seen_at) + this.config.sessionIdleMinutes * 60_000;
    const expires = Date.parse(context.session.expires_at);
    const { user } = context;
    return {
      stage: context.stage,
      user:
        context.stage === 'second-factor'
          ? null
          : {
              id: user.id,
              email: user.email,
              displayName: user.display_name,
              role: user.role,
              totpEnabled: user.totp_enabled_at !== null,
              mustChangePassword: user.must_change_password === 1,
            },
      idleExpiresAt: iso(Math.min(idle, expires)),
      expiresAt: iso(expires),
    };
  }

  /** Generic outcomes only: a caller never learns whether an email has an account. */
  async signIn(email: string, password: string, client: ClientInfo): Promise<SignInResult> {
    const keys = throttleKeys(email, client.ip ?? 'unknown');
    const wait = await this.blockedFor(Object.values(keys));
    if (wait > 0) {
      await this.audit.append(
        this.entry('login.throttled', client, null, { retryAfterSeconds: wait }, email),
      );
      return { kind: 'throttled', retryAfterSeconds: wait };
    }
    const user = await this.accounts.findUserByEmail(email);
    let passwordMatches = false;
    if (user) passwordMatches = await verifyPassword(user.password_hash, password);
    else await spendVerifyTime(password);
    if (!user || !passwordMatches || user.disabled_at) {
      const reason = !user ? 'unknown-account' : user.disabled_at ? 'disabled' : 'wrong-password';
      await this.transaction(async (tx) => {
        await this.recordFailure(tx, keys);
        await tx.audit.append(this.entry('login.failure', client, user ?? null, { reason }, email));
      });
      return { kind: 'failed' };
    }
    if (user.totp_enabled_at) {
      const pending = await this.transaction((tx) =>
        this.openSession(tx, user, 'second-factor', client),
      );
      return { kind: 'session', ...pending };
    }
    return this.transaction((tx) => this.completeSignIn(tx, user, client, 'password'));
  }

  private async completeSignIn(
    tx: AccountTransaction,
    user: UserRecord,
    client: ClientInfo,
    method: string,
  ): Promise<SignInResult> {
    const keys = throttleKeys(user.email, client.ip ?? 'unknown');
    await tx.accounts.clearThrottle(keys.account);
    await tx.accounts.clearThrottle(keys.accountFromAddress);
    await tx.accounts.updateUser(user.id, { lastSignInAt: iso(this.clock()) }, iso(this.clock()));
    await tx.audit.append(this.entry('login.success', client, user, { method }));
    return {
      kind: 'session',
      ...(await this.openSession(tx, user, await this.stageFor(tx.accounts, user), client)),
    };
  }

  /** The second step of a sign-in with TOTP: the pending session is replaced by a new one. */
  async completeSecondFactor(
    context: AuthContext,
    code: string,
    client: ClientInfo,
  ): Promise<SignInResult> {
    const { user } = context;
    const keys = throttleKeys(user.email, client.ip ?? 'unknown');
    const wait = await this.blockedFor(Object.values(keys));
    if (wait > 0) return { kind: 'throttled', retryAfterSeconds: wait };
    const step = user.totp_secret ? matchTotp(user.totp_secret, code, this.clock()) : undefined;
    return this.transaction(async (tx) => {
      if (step === undefined || !(await tx.accounts.useTotpStep(user.id, step))) {
        await this.recordFailure(tx, keys);
        await tx.audit.append(this.entry('login.second-factor-failure', client, user));
        return { kind: 'failed' };
      }
      await tx.accounts.deleteSession(context.session.token_hash);
      return this.completeSignIn(tx, user, client, 'password+totp');
    });
  }

  /** The session a cookie names, if it is still valid. Expired sessions are removed. */
  async resolve(token: string | undefined): Promise<AuthContext | undefined> {
    if (!token || token.length > 200) return undefined;
    const tokenHash = hashSessionToken(token);
    const session = await this.accounts.findSession(tokenHash);
    if (!session) return undefined;
    const now = this.clock();
    const idleLimit = Date.parse(session.last_seen_at) + this.config.sessionIdleMinutes * 60_000;
    if (now >= Date.parse(session.expires_at) || now >= idleLimit) {
      await this.accounts.deleteSession(tokenHash);
      return undefined;
    }
    const user = await this.accounts.findUserById(session.user_id);
    if (!user || user.disabled_at) {
      await this.accounts.deleteSession(tokenHash);
      return undefined;
    }
    if (now - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) {
      await this.accounts.touchSession(tokenHash, iso(now));
      session.last_seen_at = iso(now);
    }
    // Past the password, the stage follows the current settings both ways: a role may since
    // have been made to need TOTP, or no longer need it.
    const stage =
      session.stage === 'second-factor' ? session.stage : await this.stageFor(this.accounts, user);
    return { user, session, stage };
  }

  async signOut(context: AuthContext, client: ClientInfo): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.accounts.deleteSession(context.session.token_hash);
      await tx.audit.append(this.entry('logout', client, context.user));
    });
  }

  /** Changes the password, ends every session of the user, and opens a new one for this client. */
  async changePassword(context: AuthContext, current: string, next: string, client: ClientInfo) {
    const { user } = context;
    if (!(await verifyPassword(user.password_hash, current))) {
      throw new AppError('VALIDATION_FAILED', 'Wrong current password', {
        safeMessage: 'Your current password is not right.',
        issues: [
          {
            path: ['body', 'currentPassword'],
            message: 'Enter your current password correctly',
            rule: 'wrong-password',
          },
        ],
      });
    }
    const problem =
      checkNewPassword(next, user.email) ??
      (next === current ? 'Choose a password different from your current one' : undefined);
    if (problem) {
      throw new AppError('VALIDATION_FAILED', 'Rejected new password', {
        safeMessage: problem,
        issues: [{ path: ['body', 'newPassword'], message: problem, rule: 'password-policy' }],
      });
    }
    const passwordHash = await hashPassword(next);
    const now = iso(this.clock());
    return this.transaction(async (tx) => {
      await tx.accounts.updateUser(user.id, { passwordHash, mustChangePassword: false }, now);
      await tx.accounts.deleteUserSessions(user.id);
      await tx.audit.append(this.entry('password.change', client, user));
      return this.reopen(tx, user, client);
    });
  }

  /** After a change that ended every session of the user: a new session for this client. */
  private async reopen(tx: AccountTransaction, user: UserRecord, client: ClientInfo) {
    const updated = (await tx.accounts.findUserById(user.id)) ?? user;
    return this.openSession(tx, updated, await this.stageFor(tx.accounts, updated), client);
  }

  /** Starts TOTP set-up: a new secret, not yet in force until a code from it is confirmed. */
  async beginSecondFactor(context: AuthContext) {
    if (context.user.totp_enabled_at) {
      throw new AppError('CONFLICT', 'TOTP already on', {
        safeMessage: 'Two-step verification is already on. Turn it off first to set it up again.',
      });
    }
    const secret = createTotpSecret();
    await this.accounts.updateUser(context.user.id, { totpSecret: secret }, iso(this.clock()));
    return { secret, uri: totpUri(secret, context.user.email) };
  }

  async confirmSecondFactor(context: AuthContext, code: string, client: ClientInfo) {
    const { user } = context;
    const step =
      user.totp_secret && !user.totp_enabled_at
        ? matchTotp(user.totp_secret, code, this.clock())
        : undefined;
    if (step === undefined) {
      throw new AppError('VALIDATION_FAILED', 'Wrong TOTP code at set-up', {
        safeMessage:
          'That code did not match. Check the time on your device and try the newest code.',
        issues: [
          { path: ['body', 'code'], message: 'Enter the current 6-digit code', rule: 'totp' },
        ],
      });
    }
    const now = iso(this.clock());
    return this.transaction(async (tx) => {
      await tx.accounts.updateUser(user.id, { totpEnabledAt: now }, now);
      await tx.accounts.useTotpStep(user.id, step);
      await tx.accounts.deleteUserSessions(user.id);
      await tx.audit.append(this.entry('second-factor.enable', client, user));
      return this.reopen(tx, user, client);
    });
  }

  async disableSecondFactor(
    context: AuthContext,
    password: string,
    code: string,
    client: ClientInfo,
  ) {
    const { user } = context;
    const required = await this.accounts.secondFactorRoles();
    if (required.includes(user.role)) {
      throw new AppError('FORBIDDEN', 'TOTP required for role', {
        safeMessage: 'Your role requires two-step verification, so it cannot be turned off.',
      });
    }
    // Guesses here count like sign-in guesses, so a stolen session cannot try codes freely.
    const keys = throttleKeys(user.email, client.ip ?? 'unknown');
    const wait = await this.blockedFor(Object.values(keys));
    if (wait > 0) {
      throw new AppError('TOO_MANY_REQUESTS', 'Second-factor change throttled', {
        safeMessage: `Too many attempts. Wait ${wait} seconds, then try again.`,
        extensions: { retryAfterSeconds: wait },
      });
    }
    const step = user.totp_secret ? matchTotp(user.totp_secret, code, this.clock()) : undefined;
    const passwordMatches = await verifyPassword(user.password_hash, password);
    const now = iso(this.clock());
    const reopened = await this.transaction(async (tx) => {
      if (
        !passwordMatches ||
        step === undefined ||
        !(await tx.accounts.useTotpStep(user.id, step))
      ) {
        await this.recordFailure(tx, keys);
        await tx.audit.append(
          this.entry('login.second-factor-failure', client, user, { during: 'disable' }),
        );
        return undefined;
      }
      await tx.accounts.updateUser(user.id, { totpSecret: null, totpEnabledAt: null }, now);
      // As when turning it on: every session ends and this client gets a new token.
      await tx.accounts.deleteUserSessions(user.id);
      await tx.audit.append(this.entry('second-factor.disable', client, user));
      return this.reopen(tx, user, client);
    });
    if (!reopened) {
      throw new AppError('VALIDATION_FAILED', 'Wrong password or code', {
        safeMessage: 'The password or the code is not right.',
        issues: [
          {
            path: ['body'],
            message: 'Enter your password and the current code',
            rule: 'reauthenticate',
          },
        ],
      });
    }
    return reopened;
  }

  /** For routes: the signed-in user must hold at least this role. */
  static requireRole(context: AuthContext, role: Parameters<typeof hasRole>[1]): void {
    if (!hasRole(context.user.role, role)) {
      throw new AppError('FORBIDDEN', `${context.user.role} lacks ${role}`, {
        safeMessage: 'Your role does not allow this.',
      });
    }
  }
}
