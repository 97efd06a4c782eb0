import type { AuditAction, AuditEntry, AuditQuery } from '@peer-toolkit/core';

export interface NewAuditEntry {
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  ip: string | null;
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | null;
  /** What happened, without passwords, tokens or codes. */
  details?: Record<string, unknown>;
}

/** The append-only record of who did what, when and from where. */
export interface AuditStore {
  append(entry: NewAuditEntry): Promise<void>;
  list(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }>;
  /** Removes entries older than the retention period; the only way an entry ever goes. */
  purgeBefore(at: string): Promise<number>;
}
