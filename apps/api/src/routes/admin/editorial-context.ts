import {
  AppError,
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
  findContentTypeByPath,
  issuesFromZod,
  parseRevisionEtag,
} from '@peer-toolkit/core';
import type { Request } from 'express';
import { z } from 'zod';
import type { AuthContext, ClientInfo } from '../../auth/auth-service.js';
import { requireIfMatch } from '../../http/if-match.js';
import type { ChangeContext } from '../../store/editorial-store.js';

const typePaths = contentTypeKeys.map((key) => contentTypes[key].path) as [string, ...string[]];

export const TypeParamsSchema = z.strictObject({
  type: z.enum(typePaths, { error: `Choose a content type: ${typePaths.join(', ')}` }).meta({
    description: 'The content type’s path, like "topics".',
  }),
});

export const ItemParamsSchema = TypeParamsSchema.extend({
  id: z.string().min(1).max(80).meta({ description: 'The item’s id.' }),
}).strict();

export const RevisionParamsSchema = ItemParamsSchema.extend({
  number: z.coerce.number().int().min(1).max(1_000_000_000),
}).strict();

export function collectionOf(path: string): ContentTypeKey {
  const key = findContentTypeByPath(path);
  if (!key)
    throw new AppError('NOT_FOUND', `type ${path}`, {
      safeMessage: 'There is no such content type.',
    });
  return key;
}

/** The revision an If-Match header names; a change without one is refused (428). */
export function expectedRevision(req: Request): number {
  const header = requireIfMatch(req);
  const number = parseRevisionEtag(header);
  if (number === undefined) {
    throw new AppError('PRECONDITION_FAILED', `Unusable If-Match ${header.slice(0, 40)}`, {
      safeMessage:
        'The version you named in If-Match is not one of this item’s versions. Reload it and try again.',
    });
  }
  return number;
}

/** Checks content against its type's schema; problems point into the request body. */
export function parseContent(
  collection: ContentTypeKey,
  content: unknown,
  prefix: (string | number)[] = ['body', 'content'],
) {
  const result = contentTypes[collection].schema.safeParse(content);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', 'Content does not fit its schema', {
      safeMessage: 'Some fields need changing before this can be saved.',
      issues: issuesFromZod(result.error, prefix),
    });
  }
  return result.data as Record<string, unknown> & { id: string };
}

export function changeContext(auth: AuthContext, client: ClientInfo, now: string): ChangeContext {
  return {
    author: auth.user.email,
    now,
    audit: { actorId: auth.user.id, actorEmail: auth.user.email, ip: client.ip },
  };
}
