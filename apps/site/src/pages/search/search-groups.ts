import {
  type ContentTypeKey,
  contentTypes,
  isContentTypeKey,
  type SearchHit,
  type SearchResponse,
} from '@peer-toolkit/core';
import { siteLinkTo } from '@peer-toolkit/ui';

/**
 * How each content type is shown in search results, in the order readers meet them: guidance
 * first, then the change model, principles and research, then the questions of the two exercises.
 * The Record type makes a new content type a compile error here until it is given a heading.
 */
const groupHeadings: Record<ContentTypeKey, { heading: string; note?: string }> = {
  topics: { heading: 'Toolkit topics' },
  riskAreas: { heading: 'Risk guidance' },
  roles: { heading: 'Peer worker roles' },
  mechanisms: { heading: 'How peer work brings change' },
  conditions: { heading: 'Organisational conditions' },
  outcomes: { heading: 'Outcomes' },
  principleSets: { heading: 'Principles of peer support' },
  contexts: { heading: 'Organisational contexts' },
  publications: { heading: 'Research and publications' },
  readinessQuestions: {
    heading: 'Self-assessment questions',
    note: 'Questions from the readiness self-assessment. Each link opens the self-assessment.',
  },
  expectationQuestions: {
    heading: 'Shared expectations statements',
    note: 'Statements from the shared expectations exercise. Each link opens the exercise.',
  },
};

const groupOrder = Object.keys(groupHeadings) as ContentTypeKey[];

export interface SearchResultItem {
  id: string;
  title: string;
  /** Undefined only for a content type this site does not know yet. */
  href: string | undefined;
  snippet: SearchHit['snippet'];
  /** False when the passage only repeats (part of) the title, as it does for questions. */
  showSnippet: boolean;
}

export interface SearchGroup {
  /** The content type's path, like "risk-areas"; also the group's anchor. */
  type: string;
  heading: string;
  note?: string;
  /** Matches of this type across all pages of results. */
  total: number;
  items: SearchResultItem[];
}

const normalise = (text: string) =>
  text
    .replace(/[…\s]+/g, ' ')
    .trim()
    .toLowerCase();

function toItem(hit: SearchHit): SearchResultItem {
  const passage = hit.snippet.map((part) => part.text).join('');
  return {
    id: hit.id,
    title: hit.title,
    href: isContentTypeKey(hit.collection)
      ? siteLinkTo(hit.collection, hit.slug ?? hit.id)
      : undefined,
    snippet: hit.snippet,
    showSnippet: normalise(passage) !== '' && !normalise(hit.title).includes(normalise(passage)),
  };
}

/**
 * Groups ranked hits by content type, in reading order, keeping the rank order inside each group.
 * A type with matches beyond the fetched page still gets its group, with its total.
 */
export function groupSearchHits(
  response: Pick<SearchResponse, 'hits' | 'totalsByType'>,
): SearchGroup[] {
  const byType = new Map<string, SearchResultItem[]>();
  for (const hit of response.hits) {
    const items = byType.get(hit.type) ?? [];
    items.push(toItem(hit));
    byType.set(hit.type, items);
  }
  const known = groupOrder.map((key) => ({ key, type: contentTypes[key].path }));
  const knownTypes = new Set(known.map(({ type }) => type));
  const unknownTypes = [...new Set([...byType.keys(), ...Object.keys(response.totalsByType)])]
    .filter((type) => !knownTypes.has(type))
    .sort();

  const groups: SearchGroup[] = [];
  const add = (type: string, heading: string, note?: string) => {
    const items = byType.get(type) ?? [];
    const total = Math.max(response.totalsByType[type] ?? 0, items.length);
    if (total === 0) return;
    groups.push({ type, heading, ...(note ? { note } : {}), total, items });
  };
  for (const { key, type } of known) add(type, groupHeadings[key].heading, groupHeadings[key].note);
  for (const type of unknownTypes) {
    const words = type.replace(/-/g, ' ');
    add(type, `${words.charAt(0).toUpperCase()}${words.slice(1)}`);
  }
  return groups;
}

/** "1 result", "16 results". */
export function countResults(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}
