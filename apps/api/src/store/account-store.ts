import type { Role } from '@peer-toolkit/core';
import type { AuditStore } from './audit-store.js';
import type { SessionsTable, SignInThrottleTable, UsersTable } from './database.js';

export type UserRecord = UsersTable;
export type SessionRecord = SessionsTable;
export type ThrottleRecord = SignInThrottleTable;

export interface NewUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  now: string;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  disabledAt?: string | null;
  passwordHash?: string;
  mustChangePassword?: boolean;
  totpSecret?: string | null;
  totpEnabledAt?: string | null;
  lastSignInAt?: string;
}

/** A user as listed: without the second-factor secret, which a list never needs. */
export interface UserWithActivity extends Omit<UserRecord, 'totp_secret'> {
  active_sessions: number;
}

/** Users, their sessions, sign-in throttling and security settings. */
export interface AccountStore {
  countUsers(): Promise<number>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<UserRecord | undefined>;
  createUser(user: NewUser): Promise<void>;
  updateUser(id: string, changes: UserChanges, now: string): Promise<void>;
  listUsers(
    page: { page: number; pageSize: number },
    now: string,
  ): Promise<{ items: UserWithActivity[]; total: number }>;
  /**
   * Records that a TOTP time step was used, only if it is later than any used before. Returns
   * false when it was not, so a code can never be accepted twice.
   */
  useTotpStep(userId: string, step: number): Promise<boolean>;

  activeSessionCount(userId: string, now: string): Promise<number>;
  countActiveAdmins(exceptId: string): Promise<number>;
  createSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  touchSession(tokenHash: string, now: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a user, except one when given. Returns how many ended. */
  deleteUserSessions(userId: string, except?: string): Promise<number>;
  deleteExpiredSessions(now: string, idleSince: string): Promise<number>;

  findThrottles(keys: string[]): Promise<ThrottleRecord[]>;
  saveThrottle(record: ThrottleRecord): Promise<void>;
  clearThrottle(key: string): Promise<void>;

  secondFactorRoles(): Promise<Role[]>;
  setSecondFactorRoles(roles: Role[]): Promise<void>;
}

/** The account and audit stores bound to one transaction. */
export interface AccountTransaction {
  accounts: AccountStore;
  audit: AuditStore;
}

/**
 * Runs a change to accounts and its audit entries as one transaction: all of it lands or none,
 * so a crash can never leave, say, a changed password whose old sessions still work, or a user
 * change with no audit entry. Keep slow work (password hashing) outside it.
 */
export type RunAccountTransaction = <T>(work: (tx: AccountTransaction) => Promise<T>) => Promise<T>;
