// Search answers for the search page's tests, shaped as the API sends them.
import type { SearchResponse } from '@peer-toolkit/core';
import { ApiClient } from '../../api/api-client.js';

const hit = (
  collection: string,
  type: string,
  id: string,
  title: string,
  snippet: SearchResponse['hits'][number]['snippet'],
  slug: string | null = id,
) => ({ collection, type, id, slug, title, snippet });

/** Ranked as the API ranks: best first, types mixed. */
export const riskResponse: SearchResponse = {
  query: 'risk',
  words: ['risk'],
  page: 1,
  pageSize: 100,
  total: 6,
  totalPages: 1,
  totalsByType: {
    publications: 1,
    'readiness-questions': 1,
    topics: 2,
    'risk-areas': 1,
    'expectation-questions': 1,
  },
  hits: [
    hit(
      'publications',
      'publications',
      'holley-2015',
      'Peer worker roles and risk',
      [
        { text: 'A study of ', highlight: false },
        { text: 'risk', highlight: true },
      ],
      'peer-worker-roles-and-risk-2015',
    ),
    hit(
      'readinessQuestions',
      'readiness-questions',
      'rq-risk',
      'We have agreed what part peer workers play in managing risk.',
      [
        { text: 'We have agreed what part peer workers play in managing ', highlight: false },
        { text: 'risk', highlight: true },
        { text: '…', highlight: false },
      ],
      null,
    ),
    hit('topics', 'topics', 'managing-risk', 'Risk', [
      { text: 'Think about ', highlight: false },
      { text: 'risk', highlight: true },
      { text: ' in three directions…', highlight: false },
    ]),
    hit('riskAreas', 'risk-areas', 'role-drift', 'Losing what makes the role distinct', [
      { text: '…the <b>risk</b> to the organisation', highlight: false },
    ]),
    hit('topics', 'topics', 'supervision', 'Supervision', [
      { text: 'Supervision lowers ', highlight: false },
      { text: 'risk', highlight: true },
    ]),
    hit(
      'expectationQuestions',
      'expectation-questions',
      'eq-risk',
      'Peer workers should take part in formal risk assessments.',
      [
        { text: 'Peer workers should take part in formal ', highlight: false },
        { text: 'risk', highlight: true },
        { text: ' assessments.', highlight: false },
      ],
      null,
    ),
  ],
};

export const noResponse: SearchResponse = {
  query: 'zzz',
  words: ['zzz'],
  page: 1,
  pageSize: 100,
  total: 0,
  totalPages: 0,
  totalsByType: {},
  hits: [],
};

/** The API's answer to an empty query. */
export const emptyQueryProblem = {
  type: 'urn:peer-toolkit:problem:validation-failed',
  title: 'There is a problem with what was sent',
  status: 422,
  detail: 'Check the highlighted fields and try again.',
  code: 'VALIDATION_FAILED',
  issues: [
    { path: ['query', 'q'], message: 'Enter words to search for', rule: 'too_small' },
    {
      path: ['query', 'q'],
      message: 'Enter words to search for, using letters or numbers',
      rule: 'custom',
    },
  ],
};

/** An ApiClient over a stub API that answers searches by query; it records what it was asked. */
export function stubSearchApi(answers: Record<string, SearchResponse>) {
  const requests: URL[] = [];
  const fetcher = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    requests.push(url);
    const query = (url.searchParams.get('q') ?? '').trim();
    if (query === '') {
      return new Response(JSON.stringify(emptyQueryProblem), {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
      });
    }
    const answer = answers[query] ?? { ...noResponse, query, words: [query] };
    return new Response(JSON.stringify(answer), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { api: new ApiClient('http://api.test', fetcher), requests };
}
