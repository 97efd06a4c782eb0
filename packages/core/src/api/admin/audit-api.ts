import { z } from 'zod';
import { PageInfoSchema, PageQuerySchema } from '../pagination.js';

export const AuditActionSchema = z.enum([
  'login.success',
  'login.failure',
  'login.throttled',
  'login.second-factor-failure',
  'logout',
  'password.change',
  'second-factor.enable',
  'second-factor.disable',
  'content.create',
  'content.save',
  'content.submit',
  'content.publish',
  'content.publish-refused',
  'content.unpublish',
  'content.delete',
  'content.undelete',
  'content.restore-revision',
  'content.import',
  'user.create',
  'user.update',
  'user.password-reset',
  'user.sessions-ended',
  'user.second-factor-reset',
  'settings.update',
]);

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime().meta({ description: 'UTC.' }),
    actorId: z.string().nullable(),
    actorEmail: z
      .string()
      .nullable()
      .meta({ description: 'Who, or the email tried at a failed sign-in.' }),
    ip: z.string().nullable().meta({ description: 'From where.' }),
    action: AuditActionSchema,
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    details: z
      .record(z.string(), z.unknown())
      .meta({ description: 'What: never passwords, tokens or codes.' }),
  })
  .meta({ title: 'Audit entry' });

export const AuditQuerySchema = PageQuerySchema.extend({
  actor: z.string().max(254).optional().meta({ description: 'User id or email.' }),
  action: z
    .union([
      AuditActionSchema,
      z.string().regex(/^[a-z-]+\.$/, 'Give an action or a prefix ending in a dot'),
    ])
    .optional()
    .meta({ description: 'An action, or a prefix like "content." for a group.' }),
  targetType: z.string().max(60).optional(),
  targetId: z.string().max(120).optional(),
  from: z.iso.datetime('Give a UTC date and time, like 2026-01-31T00:00:00Z').optional(),
  to: z.iso.datetime('Give a UTC date and time, like 2026-01-31T00:00:00Z').optional(),
}).strict();

export const AuditPageSchema = PageInfoSchema.extend({ items: z.array(AuditEntrySchema) });

export type AuditAction = z.infer<typeof AuditActionSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
