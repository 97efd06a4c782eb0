import { describe, expect, it } from 'vitest';
import { countResults, groupSearchHits } from './search-groups.js';
import { riskResponse } from './search-test-data.js';

describe('groupSearchHits', () => {
  it('puts groups in reading order, whatever order the ranked hits come in', () => {
    const groups = groupSearchHits(riskResponse);
    expect(groups.map((group) => group.type)).toEqual([
      'topics',
      'risk-areas',
      'publications',
      'readiness-questions',
      'expectation-questions',
    ]);
    expect(groups.map((group) => group.heading)).toEqual([
      'Toolkit topics',
      'Risk guidance',
      'Research and publications',
      'Self-assessment questions',
      'Shared expectations statements',
    ]);
  });

  it('keeps the ranking inside a group', () => {
    const [topics] = groupSearchHits(riskResponse);
    expect(topics?.items.map((item) => item.id)).toEqual(['managing-risk', 'supervision']);
  });

  it('counts each group from the totals, including matches beyond the fetched page', () => {
    const groups = groupSearchHits({
      hits: riskResponse.hits.filter((hit) => hit.type === 'topics'),
      totalsByType: { topics: 5, roles: 3, principles: 0 },
    });
    expect(groups.map(({ type, total, items }) => [type, total, items.length])).toEqual([
      ['topics', 5, 2],
      ['roles', 3, 0],
    ]);
  });

  it('links each hit to its page, and questions to their exercise', () => {
    const hrefs = Object.fromEntries(
      groupSearchHits(riskResponse).flatMap((group) =>
        group.items.map((item) => [item.id, item.href]),
      ),
    );
    expect(hrefs).toEqual({
      'managing-risk': '/topics/managing-risk',
      supervision: '/topics/supervision',
      'role-drift': '/risk/role-drift',
      'holley-2015': '/research/publications#peer-worker-roles-and-risk-2015',
      'rq-risk': '/self-assessment',
      'eq-risk': '/shared-expectations',
    });
  });

  it('puts a type the site does not know last, unlinked', () => {
    const groups = groupSearchHits({
      hits: [
        {
          collection: 'caseStudies',
          type: 'case-studies',
          id: 'cs-1',
          slug: 'cs-1',
          title: 'A case',
          snippet: [{ text: 'A case study', highlight: false }],
        },
        ...riskResponse.hits,
      ],
      totalsByType: { ...riskResponse.totalsByType, 'case-studies': 1 },
    });
    const last = groups.at(-1);
    expect(last).toMatchObject({ type: 'case-studies', heading: 'Case studies', total: 1 });
    expect(last?.items[0]?.href).toBeUndefined();
  });

  it('leaves out a passage that only repeats the title', () => {
    const items = groupSearchHits(riskResponse).flatMap((group) => group.items);
    const shown = Object.fromEntries(items.map((item) => [item.id, item.showSnippet]));
    expect(shown).toMatchObject({ 'managing-risk': true, 'rq-risk': false, 'eq-risk': false });
  });

  it('returns no groups for no hits', () => {
    expect(groupSearchHits({ hits: [], totalsByType: {} })).toEqual([]);
  });
});

describe('countResults', () => {
  it.each([
    [0, '0 results'],
    [1, '1 result'],
    [16, '16 results'],
  ])('%i → %s', (count, text) => {
    expect(countResults(count)).toBe(text);
  });
});
