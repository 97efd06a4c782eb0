import type { AuditEntry, AuditQuery } from '@peer-toolkit/core';
import type { Kysely } from 'kysely';
import type { AuditStore, NewAuditEntry } from '../audit-store.js';
import type { Database } from '../database.js';

export class SqliteAuditStore implements AuditStore {
  constructor(private readonly db: Kysely<Database>) {}

  async append(entry: NewAuditEntry) {
    await this.db
      .insertInto('audit_log')
      .values({
        at: entry.at,
        actor_id: entry.actorId,
        actor_email: entry.actorEmail,
        ip: entry.ip,
        action: entry.action,
        target_type: entry.targetType ?? null,
        target_id: entry.targetId ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  }

  async list(query: AuditQuery) {
    let base = this.db.selectFrom('audit_log');
    if (query.actor) {
      const actor = query.actor;
      base = base.where((eb) =>
        eb.or([eb('actor_id', '=', actor), eb('actor_email', '=', actor.toLowerCase())]),
      );
    }
    if (query.action) {
      base = query.action.endsWith('.')
        ? base.where('action', 'like', `${query.action.replace(/[%_]/g, '')}%`)
        : base.where('action', '=', query.action);
    }
    if (query.targetType) base = base.where('target_type', '=', query.targetType);
    if (query.targetId) base = base.where('target_id', '=', query.targetId);
    if (query.from) base = base.where('at', '>=', new Date(query.from).toISOString());
    if (query.to) base = base.where('at', '<', new Date(query.to).toISOString());
    const { total } = await base
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    const items: AuditEntry[] = rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorEmail: row.actor_email,
      ip: row.ip,
      action: row.action as AuditEntry['action'],
      targetType: row.target_type,
      targetId: row.target_id,
      details: JSON.parse(row.details) as Record<string, unknown>,
    }));
    return { items, total: Number(total) };
  }

  async purgeBefore(at: string) {
    const result = await this.db.deleteFrom('audit_log').where('at', '<', at).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
