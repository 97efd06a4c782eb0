import { AppError, type ContentTypeKey, contentTypes } from '@peer-toolkit/core';

export function notFound(collection: ContentTypeKey, idOrSlug: string): AppError {
  const label = contentTypes[collection].label.singular.toLowerCase();
  return new AppError('NOT_FOUND', `${collection}/${idOrSlug} is not published`, {
    safeMessage: `There is no published ${label} with the id or web address name "${idOrSlug}".`,
  });
}
