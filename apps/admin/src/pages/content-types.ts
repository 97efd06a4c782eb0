import {
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
  findContentTypeByPath,
} from '@peer-toolkit/core';

/** Every content type the admin edits, from the core registry: a new type appears with no admin code. */
export const editableTypes = contentTypeKeys.map((key) => ({ key, ...contentTypes[key] }));

export function typeFromPath(path: string): ContentTypeKey | undefined {
  return findContentTypeByPath(path);
}
