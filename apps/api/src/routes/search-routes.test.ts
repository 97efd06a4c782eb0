import { type SearchResponse, SearchResponseSchema } from '@peer-toolkit/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { expectProblem, issuePaths } from '../testing/expect-problem.js';
import { useTestApp } from '../testing/use-test-app.js';

const testApp = useTestApp();

const searchRaw = (query: string) => request(testApp.app).get(`/api/v1/search?${query}`);

async function search(query: Record<string, unknown>): Promise<SearchResponse> {
  const res = await request(testApp.app).get('/api/v1/search').query(query);
  expect(res.status, res.text).toBe(200);
  return SearchResponseSchema.parse(res.body);
}

describe('search', () => {
  it('answers with a page of hits, counted per content type', async () => {
    const result = await search({ q: 'Supervision' });
    expect(result).toMatchObject({
      query: 'Supervision',
      words: ['supervision'],
      page: 1,
      pageSize: 20,
    });
    expect(result.total).toBeGreaterThan(20);
    expect(result.hits).toHaveLength(20);
    expect(result.totalPages).toBe(Math.ceil(result.total / 20));
    const counted = Object.values(result.totalsByType).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(result.total);
    expect(Object.keys(result.totalsByType)).toEqual(
      expect.arrayContaining(['topics', 'risk-areas', 'roles']),
    );
    for (const hit of result.hits) expect(result.totalsByType[hit.type]).toBeGreaterThan(0);
  });

  it('ranks the item titled with the words first', async () => {
    expect((await search({ q: 'supervision', type: 'topics' })).hits[0]?.id).toBe(
      'supervision-and-support',
    );
    const risk = await search({ q: 'risk', type: 'topics,risk-areas' });
    expect(risk.hits[0]).toMatchObject({
      id: 'managing-risk',
      type: 'topics',
      collection: 'topics',
    });
  });

  it.each([
    ['risk', 'risk'],
    ['training', 'train'],
    ['supervision', 'supervis'],
  ])('puts every title match for %s before any body-only match', async (q, stem) => {
    const { hits } = await search({ q, pageSize: 100 });
    const inTitle = hits.map((hit) => hit.title.toLowerCase().includes(stem));
    expect(inTitle[0]).toBe(true);
    expect(inTitle.includes(false)).toBe(true);
    expect(inTitle.lastIndexOf(true)).toBeLessThan(inTitle.indexOf(false));
  });

  it('marks the matched words in each snippet, as parts, never as markup', async () => {
    const { hits } = await search({ q: 'supervision', pageSize: 50 });
    for (const hit of hits) {
      const marked = hit.snippet
        .filter((part) => part.highlight)
        .map((part) => part.text.toLowerCase());
      expect(marked.length, hit.id).toBeGreaterThan(0);
      for (const text of marked) expect(text.startsWith('supervis'), text).toBe(true);
      const joined = hit.snippet.map((part) => part.text).join('');
      for (const mark of ['\u0001', '\u0002', '<', '>']) expect(joined).not.toContain(mark);
    }
  });

  it('finds the start of a word, and needs every word', async () => {
    const whole = await search({ q: 'supervision' });
    expect((await search({ q: 'supervi' })).total).toBe(whole.total);
    const both = await search({ q: 'crisis supervision', pageSize: 100 });
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(whole.total);
    expect((await search({ q: 'supervision zzqxv' })).total).toBe(0);
  });

  it('gives hits with the slug of items that have pages, and null for those without', async () => {
    const { hits } = await search({ q: 'supervision', pageSize: 100 });
    const topic = hits.find((hit) => hit.type === 'topics')!;
    expect(topic.slug).toEqual(expect.any(String));
    const question = hits.find((hit) => hit.type === 'readiness-questions')!;
    expect(question).toMatchObject({ collection: 'readinessQuestions', slug: null });
  });
});

describe('search filtered by type', () => {
  it.each([['type=roles,topics'], ['type=roles&type=topics']])(
    '%s keeps only those types',
    async (query) => {
      const res = await searchRaw(`q=supervision&pageSize=100&${query}`);
      const result = SearchResponseSchema.parse(res.body);
      expect(Object.keys(result.totalsByType).sort()).toEqual(['roles', 'topics']);
      expect(new Set(result.hits.map((hit) => hit.type))).toEqual(new Set(['roles', 'topics']));
      const all = await search({ q: 'supervision' });
      expect(result.total).toBe((all.totalsByType.roles ?? 0) + (all.totalsByType.topics ?? 0));
    },
  );

  it('refuses an unknown type with 422 pointing at it', async () => {
    const problem = expectProblem(
      await searchRaw('q=risk&type=topics,nope'),
      422,
      'VALIDATION_FAILED',
    );
    expect(issuePaths(problem)).toEqual([['query', 'type', 1]]);
    expect(problem.issues?.[0]?.message).toContain('"nope"');
  });

  it('refuses a collection key in place of a path', async () => {
    expectProblem(await searchRaw('q=risk&type=riskAreas'), 422, 'VALIDATION_FAILED');
  });
});

describe('search paging', () => {
  it('pages through hits and gives an empty page beyond the last', async () => {
    const first = await search({ q: 'risk', pageSize: 1 });
    const second = await search({ q: 'risk', pageSize: 1, page: 2 });
    expect(first.hits).toHaveLength(1);
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0]?.id).not.toBe(first.hits[0]?.id);
    const beyond = await search({ q: 'risk', pageSize: 100, page: 2 });
    expect(beyond).toMatchObject({ hits: [], total: first.total, totalPages: 1 });
  });

  it.each(['pageSize=0', 'pageSize=101', 'page=x'])('refuses %s', async (query) => {
    expectProblem(await searchRaw(`q=risk&${query}`), 422, 'VALIDATION_FAILED');
  });
});

describe('search input', () => {
  it.each([
    ['', 'no q'],
    ['q=', 'empty q'],
    ['q=%20%20', 'only spaces'],
    ['q=%22', 'a lone quote'],
    ['q=*', 'a lone star'],
    ['q=--', 'only punctuation'],
    [`q=${'a'.repeat(201)}`, 'over 200 characters'],
    ['q=a&q=b', 'q given twice'],
  ])('refuses %s (%s) with 422 at the query', async (query) => {
    const problem = expectProblem(await searchRaw(query), 422, 'VALIDATION_FAILED');
    const paths = issuePaths(problem);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toEqual(['query', 'q']);
  });

  it('refuses an unknown query parameter', async () => {
    const problem = expectProblem(await searchRaw('q=risk&sort=title'), 422, 'VALIDATION_FAILED');
    expect(problem.issues?.[0]?.message).toContain('sort');
  });

  it.each([
    ['NOT', ['not']],
    ['risk NOT pay', ['risk', 'not', 'pay']],
    ['title:risk', ['title', 'risk']],
    ['"risk"', ['risk']],
    ['risk*', ['risk']],
    ['risk OR pay', ['risk', 'or', 'pay']],
    ['NEAR(risk pay)', ['near', 'risk', 'pay']],
    ['-risk ^pay', ['risk', 'pay']],
    ['risk AND', ['risk', 'and']],
    ['"unbalanced', ['unbalanced']],
    ['Ärzte résumé', ['ärzte', 'résumé']],
  ])('treats %s as words to find, not query syntax', async (q, words) => {
    const result = await search({ q });
    expect(result.words).toEqual(words);
    expect(result.query).toBe(q);
  });

  it('finds the same as the plain word when it is quoted or starred', async () => {
    const plain = (await search({ q: 'risk' })).total;
    expect((await search({ q: '"risk"' })).total).toBe(plain);
    expect((await search({ q: 'risk*' })).total).toBe(plain);
    // As a column filter, "title:risk" would match every title with risk; as text it needs "title".
    expect((await search({ q: 'title:risk' })).total).toBeLessThan(plain);
  });
});
