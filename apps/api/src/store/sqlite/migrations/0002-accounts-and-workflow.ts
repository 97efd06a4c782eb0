import { type Kysely, sql } from 'kysely';

/** Users, sessions, sign-in throttling, security settings, the audit log, and review state. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role IN ('editor', 'publisher', 'admin')`),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled_at', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('disabled_at', 'text')
    .addColumn('last_sign_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) =>
      c.notNull().check(sql`stage IN ('signed-in', 'second-factor', 'enrol-second-factor')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .execute();

  await db.schema
    .createTable('security_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('security_settings' as never)
    .values({ key: 'second_factor_required_for', value: '[]' } as never)
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_email', 'text')
    .addColumn('ip', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  // Append-only: entries are never changed. Old ones are removed only by the retention purge.
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);

  await db.schema.alterTable('content_items').addColumn('review_requested_at', 'text').execute();
  await db.schema.alterTable('content_items').addColumn('review_requested_by', 'text').execute();
  await db.schema.alterTable('content_items').addColumn('unpublished_at', 'text').execute();
  await db.schema.alterTable('content_revisions').addColumn('note', 'text').execute();
  // The title at the time of the revision, so lists need not parse every revision's content.
  await db.schema
    .alterTable('content_revisions')
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`UPDATE content_revisions SET title = (
    SELECT title FROM published_items p WHERE p.revision_id = content_revisions.id
  ) WHERE EXISTS (SELECT 1 FROM published_items p WHERE p.revision_id = content_revisions.id)`.execute(
    db,
  );
  // Revisions are immutable: a save appends one, nothing changes one.
  await sql`CREATE TRIGGER content_revisions_immutable BEFORE UPDATE ON content_revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END`.execute(db);
}
