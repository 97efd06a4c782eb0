import { z } from 'zod';
import { IdSchema } from './identifier.js';
import { META_REFERENCE } from './meta-keys.js';

/**
 * An id that points at an item of another content type. The target collection is recorded in the
 * schema's metadata so the integrity rules can resolve it and the admin can offer a picker.
 */
export function referenceTo(collection: string, meta: { title: string; description?: string }) {
  return IdSchema.meta({ ...meta, [META_REFERENCE]: collection });
}

/** A list of references to items of one content type, without repeats. */
export function referenceListTo(collection: string, meta: { title: string; description?: string }) {
  return z
    .array(referenceTo(collection, { title: meta.title }))
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'Remove the repeated item from the list')
    .default([])
    .meta(meta);
}
