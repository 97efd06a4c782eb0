import type { ContentTypeKey, Publication } from '@peer-toolkit/core';
import { createContext, type ReactNode, useContext } from 'react';

/** Where each kind of content lives, so views link correctly on the site and in the admin preview. */
export type LinkTo = (collection: ContentTypeKey, slugOrId: string) => string;

export interface ContentContextValue {
  /** Every publication that evidence may cite, by id. */
  publications: ReadonlyMap<string, Publication>;
  /** Short citations by publication id, told apart where they would read the same. */
  citations: ReadonlyMap<string, string>;
  linkTo: LinkTo;
}

const ContentContext = createContext<ContentContextValue | undefined>(undefined);

export function ContentProvider({
  value,
  children,
}: {
  value: ContentContextValue;
  children: ReactNode;
}) {
  return <ContentContext.Provider value={value}>{children}</ContentContext.Provider>;
}

export function useContent(): ContentContextValue {
  const value = useContext(ContentContext);
  if (!value) throw new Error('Content views need a ContentProvider');
  return value;
}

/** The site's addresses; the admin preview uses the same so previews match. */
export const siteLinkTo: LinkTo = (collection, slugOrId) => {
  switch (collection) {
    case 'topics':
      return `/topics/${slugOrId}`;
    case 'riskAreas':
      return `/risk/${slugOrId}`;
    case 'roles':
      return `/roles/${slugOrId}`;
    case 'publications':
      return `/research/publications#${slugOrId}`;
    case 'mechanisms':
    case 'outcomes':
    case 'conditions':
      return `/change-model#${slugOrId}`;
    case 'principleSets':
      return `/principles#${slugOrId}`;
    case 'contexts':
      return `/research#${slugOrId}`;
    case 'readinessQuestions':
      return '/self-assessment';
    case 'expectationQuestions':
      return '/shared-expectations';
  }
};
