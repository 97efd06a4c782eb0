import { z } from 'zod';
import { MARKDOWN_MEDIA_TYPE } from './meta-keys.js';

interface TextOptions {
  title: string;
  description?: string;
  max?: number;
  /** Message when the field is empty, phrased as an action ("Enter a title"). */
  required: string;
}

/** A required single line of plain text, trimmed. */
export function plainText({ title, description, max = 200, required }: TextOptions) {
  return z
    .string()
    .trim()
    .min(1, required)
    .max(max, `${title} must be ${max} characters or fewer`)
    .refine((value) => !/[\r\n]/.test(value), `${title} must be a single line`)
    .meta({ title, ...(description ? { description } : {}) });
}

/**
 * Long text written in Markdown. The media type marks it for the admin's editor, the site's
 * renderer and the search indexer; raw HTML in it is never rendered.
 */
export function markdownText({ title, description, max = 8000, required }: TextOptions) {
  return z
    .string()
    .trim()
    .min(1, required)
    .max(max, `${title} must be ${max} characters or fewer`)
    .meta({
      title,
      ...(description ? { description } : {}),
      contentMediaType: MARKDOWN_MEDIA_TYPE,
    });
}
