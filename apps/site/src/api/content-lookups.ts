import { type Publication, PublicationSchema, pageOf } from '@peer-toolkit/core';
import type { ApiClient } from './api-client.js';

/** Every published publication, by id: evidence on any page may cite any of them. */
export async function loadPublications(api: ApiClient): Promise<Map<string, Publication>> {
  const page = await api.get('/publications?pageSize=100', pageOf(PublicationSchema));
  return new Map(page.items.map((publication) => [publication.id, publication]));
}

/** Every item of a list endpoint, across pages. */
export async function loadAll<T>(
  api: ApiClient,
  path: string,
  schema: Parameters<typeof pageOf>[0],
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const result = await api.get(`${path}${separator}pageSize=100&page=${page}`, pageOf(schema));
    items.push(...(result.items as T[]));
    if (page >= result.totalPages) return items;
  }
}
