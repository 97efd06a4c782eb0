import { z } from 'zod';

export const EXPORT_FORMAT_VERSION = 1;

export const ExportedRevisionSchema = z.object({
  number: z.number().int().min(1),
  content: z.record(z.string(), z.unknown()),
  author: z.string(),
  createdAt: z.iso.datetime(),
  note: z.string().nullable(),
});

export const ExportedItemSchema = z.object({
  collection: z.string(),
  id: z.string(),
  createdAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
  inReview: z.boolean(),
  wasPublished: z.boolean(),
  publishedRevision: z.number().int().nullable(),
  revisions: z.array(ExportedRevisionSchema).min(1),
});

/** Everything editors have made: every item of every type with its whole history. */
export const ExportDocumentSchema = z
  .object({
    format: z.literal('peer-toolkit-export'),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: z.iso.datetime(),
    items: z.array(ExportedItemSchema),
  })
  .meta({ title: 'Content export' });

export const ImportRequestSchema = z
  .strictObject({
    document: ExportDocumentSchema,
    dryRun: z
      .boolean()
      .default(true)
      .meta({ description: 'Report what would change and change nothing.' }),
    deleteMissing: z.boolean().default(false).meta({
      description: 'Also delete (softly, undoably) items that the document does not contain.',
    }),
    basis: z.string().max(100).optional().meta({
      description:
        'The `basis` of a dry run’s report. Applying is then refused (412) if any content changed after that dry run, so what is applied is what was reported.',
    }),
  })
  .meta({ title: 'Import' });

export const ImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.array(z.object({ collection: z.string(), id: z.string() })),
    updated: z.array(
      z.object({ collection: z.string(), id: z.string(), changes: z.array(z.string()) }),
    ),
    unchanged: z.number().int().min(0),
    deleted: z.array(z.object({ collection: z.string(), id: z.string() })),
    basis: z.string().meta({
      description:
        'The state of the content this report was made against; send it back when applying.',
    }),
  })
  .meta({ title: 'Import report' });

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
