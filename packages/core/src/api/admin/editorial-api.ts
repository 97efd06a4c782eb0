import { z } from 'zod';
import { PageInfoSchema, PageQuerySchema } from '../pagination.js';

/**
 * draft: never published. in-review: submitted, waiting for a publisher. published: the public
 * sees the latest version. changed: published, with newer unpublished changes. unpublished: was
 * published, now withdrawn.
 */
export const ItemStatusSchema = z.enum([
  'draft',
  'in-review',
  'published',
  'changed',
  'unpublished',
]);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

export const itemStatusLabels = {
  draft: 'Draft',
  'in-review': 'In review',
  published: 'Published',
  changed: 'Published, with unpublished changes',
  unpublished: 'Unpublished',
} as const satisfies Record<ItemStatus, string>;

/** The author of revisions stored as default content on first start: no account, so no name. */
export const SEED_AUTHOR = 'system:seed';

export const RevisionRefSchema = z.object({
  number: z.number().int().min(1),
  author: z.string().meta({
    title: 'Saved by',
    description: 'The email address of whoever saved this revision, as the audit trail records it.',
  }),
  // Looked up when read, so a renamed editor shows their new name on old revisions too.
  authorName: z.string().nullable().meta({
    title: 'Saved by (name)',
    description:
      'The display name of the account with the author’s email address today; null when there is none, as for seeded content or a removed account.',
  }),
  createdAt: z.iso.datetime(),
});

/** The editing state of one item, without its content. */
export const ItemMetaSchema = z.object({
  collection: z.string(),
  id: z.string(),
  title: z.string(),
  status: ItemStatusSchema,
  inReview: z.boolean(),
  deleted: z.boolean(),
  deletedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The newest revision: what an editor works on. Its ETag is `"r<number>"`. */
  current: RevisionRefSchema,
  published: RevisionRefSchema.nullable(),
  etag: z.string(),
});

export const AdminItemSchema = ItemMetaSchema.extend({
  content: z
    .record(z.string(), z.unknown())
    .meta({ description: 'The newest revision’s content.' }),
}).meta({ title: 'Item being edited' });

export const AdminListQuerySchema = PageQuerySchema.extend({
  status: z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((part) => part.split(',')))
    .pipe(z.array(ItemStatusSchema).min(1))
    .optional(),
  q: z.string().trim().max(200).optional().meta({ description: 'Words in the title or id.' }),
  deleted: z.enum(['only', 'include', 'exclude']).default('exclude'),
  sort: z.enum(['title', '-title', 'updated', '-updated', 'status', '-status']).default('-updated'),
}).strict();

export type AdminListQuery = z.infer<typeof AdminListQuerySchema>;

export const AdminListSchema = PageInfoSchema.extend({ items: z.array(ItemMetaSchema) });

export const SaveItemRequestSchema = z
  .strictObject({ content: z.record(z.string(), z.unknown()) })
  .meta({ title: 'Content to save', description: 'Validated against the content type’s schema.' });

export const RevisionSchema = RevisionRefSchema.extend({
  content: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
}).meta({ title: 'Revision' });

export const RevisionListSchema = z.object({
  items: z.array(
    RevisionRefSchema.extend({ note: z.string().nullable(), isPublished: z.boolean() }),
  ),
});

export const FieldChangeSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const DiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(FieldChangeSchema),
  })
  .meta({ title: 'Changes between two revisions' });

export const DiffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export type ItemMeta = z.infer<typeof ItemMetaSchema>;
export type AdminItem = z.infer<typeof AdminItemSchema>;
export type Revision = z.infer<typeof RevisionSchema>;
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** The one place the five statuses are worked out from an item's editing state. */
export function deriveItemStatus(state: {
  hasPublished: boolean;
  hasDraft: boolean;
  inReview: boolean;
  wasUnpublished: boolean;
}): ItemStatus {
  if (state.inReview) return 'in-review';
  if (!state.hasPublished) return state.wasUnpublished ? 'unpublished' : 'draft';
  return state.hasDraft ? 'changed' : 'published';
}

/** Editing ETags name the revision: `"r12"`. */
export function revisionEtag(number: number): string {
  return `"r${number}"`;
}

/** The revision number an If-Match header names, or undefined when it names none. */
export function parseRevisionEtag(header: string | undefined): number | undefined {
  const match = header?.trim().match(/^(?:W\/)?"r([1-9]\d{0,8})"$/);
  return match ? Number(match[1]) : undefined;
}

/** What a reference picker needs of every live item of a type, in one small answer. */
export const ItemOptionsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        isPublished: z.boolean(),
      }),
    ),
  })
  .meta({ title: 'Items to pick from' });

export type ItemOptions = z.infer<typeof ItemOptionsSchema>;
