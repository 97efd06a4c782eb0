import {
  AdminItemSchema,
  type ContentTypeKey,
  collectReferences,
  contentTypes,
  labelCitations,
  type Publication,
  PublicationSchema,
  pageOf,
  type RelatedContent,
  RelatedContentSchema,
  type RelatedItem,
} from '@peer-toolkit/core';
import { type ContentContextValue, siteLinkTo } from '@peer-toolkit/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiProblem, call } from '../../api/client.js';
import { useReferenceCache } from '../../forms/index.js';

const PublicationPageSchema = pageOf(PublicationSchema);

/** Every published publication, a page of 100 at a time, from the public API the site uses. */
async function loadPublishedPublications(): Promise<Publication[]> {
  const all: Publication[] = [];
  for (let page = 1; ; page++) {
    const { data } = await call('GET', `/publications?pageSize=100&page=${page}`, {
      schema: PublicationPageSchema,
    });
    all.push(...data.items);
    if (page >= data.totalPages) break;
  }
  return all;
}

/** A publication that is not published yet, from its newest draft, when it is complete. */
async function loadDraftPublication(id: string): Promise<Publication | undefined> {
  try {
    const { data } = await call('GET', `/admin/content/publications/${encodeURIComponent(id)}`, {
      schema: AdminItemSchema,
    });
    const parsed = PublicationSchema.safeParse(data.content);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What links to the item on the public site, when it is published; nothing otherwise. */
async function loadReferencedBy(typePath: string, id: string): Promise<RelatedItem[]> {
  try {
    const { data } = await call('GET', `/${typePath}/${encodeURIComponent(id)}/related`, {
      schema: RelatedContentSchema,
    });
    return data.referencedBy;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) return [];
    throw error;
  }
}

export interface PreviewData {
  content: ContentContextValue | undefined;
  related: RelatedContent;
  failed: boolean;
}

/**
 * What a site view needs besides the item: the publications its evidence cites (published ones
 * from the public API, drafts from the editorial one), the items it links to with their titles,
 * and, for a published item, what links to it.
 */
export function usePreviewData({
  typeKey,
  id,
  value,
}: {
  typeKey: ContentTypeKey;
  id: string | undefined;
  value: Record<string, unknown>;
}): PreviewData {
  const cache = useReferenceCache();
  const type = contentTypes[typeKey];
  const references = useMemo(() => collectReferences(type.schema, value), [type, value]);
  const citedIds = useMemo(
    () =>
      [...new Set(references.filter((r) => r.collection === 'publications').map((r) => r.id))]
        .sort()
        .join('\n'),
    [references],
  );
  const linkKey = useMemo(
    () =>
      references
        .filter((r) => r.collection !== 'publications')
        .map((r) => `${r.collection}:${r.id}:${String(r.path[0])}`)
        .join('\n'),
    [references],
  );

  const [published, setPublished] = useState<Map<string, Publication>>();
  const [drafts, setDrafts] = useState<Map<string, Publication>>(() => new Map());
  const triedDrafts = useRef(new Set<string>());
  const [referencedBy, setReferencedBy] = useState<RelatedItem[]>([]);
  const [links, setLinks] = useState<RelatedItem[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadPublishedPublications().then(
      (items) => live && setPublished(new Map(items.map((item) => [item.id, item]))),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // Evidence may cite a publication that is itself still a draft.
  useEffect(() => {
    if (!published) return;
    const missing = citedIds
      .split('\n')
      .filter((cited) => cited && !published.has(cited) && !triedDrafts.current.has(cited));
    if (missing.length === 0) return;
    for (const cited of missing) triedDrafts.current.add(cited);
    // Kept even if the citations change meanwhile: each draft is asked for once.
    void Promise.all(missing.map(loadDraftPublication)).then((found) => {
      setDrafts((previous) => {
        const next = new Map(previous);
        for (const draft of found) if (draft) next.set(draft.id, draft);
        return next;
      });
    });
  }, [published, citedIds]);

  const publications = useMemo(
    () => (published ? new Map([...published, ...drafts]) : undefined),
    [published, drafts],
  );

  useEffect(() => {
    if (!id) return;
    let live = true;
    loadReferencedBy(type.path, id).then(
      (items) => live && setReferencedBy(items),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [type.path, id]);

  useEffect(() => {
    let live = true;
    const wanted = linkKey
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [collection = '', itemId = '', field = ''] = line.split(':');
        return { collection, itemId, field };
      });
    Promise.all(
      wanted.map(async ({ collection, itemId, field }): Promise<RelatedItem> => {
        const options = cache ? await cache.get(collection).catch(() => []) : [];
        const title = options.find((option) => option.id === itemId)?.title ?? itemId;
        return { collection, id: itemId, slug: null, title, summary: null, field };
      }),
    ).then((items) => {
      if (!live) return;
      const seen = new Set<string>();
      setLinks(
        items.filter((item) => {
          const key = `${item.collection}:${item.id}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        }),
      );
    });
    return () => {
      live = false;
    };
  }, [cache, linkKey]);

  const content = useMemo<ContentContextValue | undefined>(() => {
    if (!publications) return undefined;
    return {
      publications,
      citations: labelCitations([...publications.values()]),
      linkTo: siteLinkTo,
    };
  }, [publications]);

  const related = useMemo<RelatedContent>(() => {
    const cited = new Set(citedIds.split('\n'));
    return {
      references: links,
      referencedBy,
      publications: [...(publications?.values() ?? [])].filter((p) => cited.has(p.id)),
    };
  }, [links, referencedBy, publications, citedIds]);

  return { content, related, failed };
}
