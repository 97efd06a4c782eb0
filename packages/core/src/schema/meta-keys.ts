/**
 * Custom JSON Schema keywords carried in `.meta()`. They travel into `z.toJSONSchema` output, so
 * the API's OpenAPI document, the admin's form generator and the integrity rules all read the
 * same facts from the schema instead of keeping their own lists.
 */
export const META_REFERENCE = 'x-ref';
export const META_EVIDENCE = 'x-evidence';
/** Marks ids and slugs: machine names, not words to search or show. */
export const META_IDENTIFIER = 'x-identifier';
export const MARKDOWN_MEDIA_TYPE = 'text/markdown';
