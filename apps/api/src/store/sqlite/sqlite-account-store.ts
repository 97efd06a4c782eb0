import type { Role } from '@peer-toolkit/core';
import type { Kysely } from 'kysely';
import type {
  AccountStore,
  NewUser,
  SessionRecord,
  ThrottleRecord,
  UserChanges,
  UserRecord,
  UserWithActivity,
} from '../account-store.js';
import type { Database } from '../database.js';
import type { SecretBox } from '../secret-box.js';

/** TOTP secrets are sealed with `box` on the way in and opened on the way out. */
export class SqliteAccountStore implements AccountStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly box: SecretBox,
  ) {}

  private opened<T extends UserRecord | undefined>(record: T): T {
    if (!record?.totp_secret) return record;
    return { ...record, totp_secret: this.box.open(record.totp_secret, record.id) };
  }

  async countUsers() {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async findUserByEmail(email: string): Promise<UserRecord | undefined> {
    return this.opened(
      await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(),
    );
  }

  async findUserById(id: string): Promise<UserRecord | undefined> {
    return this.opened(
      await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    );
  }

  async createUser(user: NewUser) {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        display_name: user.displayName,
        role: user.role,
        password_hash: user.passwordHash,
        must_change_password: user.mustChangePassword ? 1 : 0,
        totp_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        disabled_at: null,
        last_sign_in_at: null,
        created_at: user.now,
        updated_at: user.now,
      })
      .execute();
  }

  async updateUser(id: string, changes: UserChanges, now: string) {
    const set: Partial<UserRecord> = { updated_at: now };
    if (changes.displayName !== undefined) set.display_name = changes.displayName;
    if (changes.role !== undefined) set.role = changes.role;
    if (changes.disabledAt !== undefined) set.disabled_at = changes.disabledAt;
    if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
    if (changes.mustChangePassword !== undefined)
      set.must_change_password = changes.mustChangePassword ? 1 : 0;
    if (changes.totpSecret !== undefined)
      set.totp_secret = changes.totpSecret === null ? null : this.box.seal(changes.totpSecret, id);
    if (changes.totpEnabledAt !== undefined) {
      set.totp_enabled_at = changes.totpEnabledAt;
      set.totp_last_step = null;
    }
    if (changes.lastSignInAt !== undefined) set.last_sign_in_at = changes.lastSignInAt;
    await this.db.updateTable('users').set(set).where('id', '=', id).execute();
  }

  async listUsers(page: { page: number; pageSize: number }, now: string) {
    const { total } = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const items = (await this.db
      .selectFrom('users')
      .select([
        'id',
        'email',
        'display_name',
        'role',
        'password_hash',
        'must_change_password',
        'totp_enabled_at',
        'totp_last_step',
        'disabled_at',
        'last_sign_in_at',
        'created_at',
        'updated_at',
      ])
      .select((eb) =>
        eb
          .selectFrom('sessions')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .whereRef('sessions.user_id', '=', 'users.id')
          .where('sessions.expires_at', '>', now)
          .as('active_sessions'),
      )
      .orderBy('users.email')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute()) as UserWithActivity[];
    return {
      items: items.map((item) => ({ ...item, active_sessions: Number(item.active_sessions) })),
      total: Number(total),
    };
  }

  async useTotpStep(userId: string, step: number) {
    const result = await this.db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async activeSessionCount(userId: string, now: string) {
    const row = await this.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async countActiveAdmins(exceptId: string) {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .where('id', '!=', exceptId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async createSession(session: SessionRecord) {
    await this.db.insertInto('sessions').values(session).execute();
  }

  async findSession(tokenHash: string) {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }

  async touchSession(tokenHash: string, now: string) {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(tokenHash: string) {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteUserSessions(userId: string, except?: string) {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (except !== undefined) query = query.where('token_hash', '!=', except);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpiredSessions(now: string, idleSince: string) {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async findThrottles(keys: string[]) {
    if (keys.length === 0) return [];
    return this.db.selectFrom('sign_in_throttle').selectAll().where('key', 'in', keys).execute();
  }

  async saveThrottle(record: ThrottleRecord) {
    await this.db
      .insertInto('sign_in_throttle')
      .values(record)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: record.failures,
          last_failure_at: record.last_failure_at,
          blocked_until: record.blocked_until,
        }),
      )
      .execute();
  }

  async clearThrottle(key: string) {
    await this.db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
  }

  async secondFactorRoles() {
    const row = await this.db
      .selectFrom('security_settings')
      .select('value')
      .where('key', '=', 'second_factor_required_for')
      .executeTakeFirst();
    return JSON.parse(row?.value ?? '[]') as Role[];
  }

  async setSecondFactorRoles(roles: Role[]) {
    await this.db
      .updateTable('security_settings')
      .set({ value: JSON.stringify([...new Set(roles)].sort()) })
      .where('key', '=', 'second_factor_required_for')
      .execute();
  }
}
