import { labelCitations } from '@peer-toolkit/core';
import { ContentProvider, siteLinkTo } from '@peer-toolkit/ui';
import type { ReactElement } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { loadPublications } from '../api/content-lookups.js';

/** Wraps a page body so content views can resolve citations and links. */
export async function withContent(api: ApiClient, body: ReactElement): Promise<ReactElement> {
  const publications = await loadPublications(api);
  const citations = labelCitations([...publications.values()]);
  return (
    <ContentProvider value={{ publications, citations, linkTo: siteLinkTo }}>
      {body}
    </ContentProvider>
  );
}
