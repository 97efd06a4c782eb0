import {
  contentTypeKeys,
  contentTypes,
  describeFilters,
  type PeerWorkerRole,
  PeerWorkerRoleSchema,
  pageOf,
  ToolkitTopicSchema,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { expectProblem, issuePaths } from '../testing/expect-problem.js';
import { useTestApp } from '../testing/use-test-app.js';

const bundle = loadDefaultBundle();
const testApp = useTestApp();

/** Role ids from the API, sorted, for a raw query string (so repeated parameters can be sent). */
async function roleIds(query: string): Promise<string[]> {
  const res = await request(testApp.app).get(`/api/v1/roles?pageSize=100&${query}`);
  expect(res.status, res.text).toBe(200);
  const page = pageOf(PeerWorkerRoleSchema).parse(res.body);
  expect(page.total).toBe(page.items.length);
  return page.items.map((role) => role.id).sort();
}

const rolesWhere = (keep: (role: PeerWorkerRole) => boolean) =>
  bundle.roles
    .filter(keep)
    .map((role) => role.id)
    .sort();

describe('role filters', () => {
  it.each([
    ['sector=statutory', (r: PeerWorkerRole) => r.sector === 'statutory'],
    ['employmentBasis=sessional', (r: PeerWorkerRole) => r.employmentBasis.includes('sessional')],
    ['settings=groups', (r: PeerWorkerRole) => r.settings.includes('groups')],
    ['basis=studied', (r: PeerWorkerRole) => r.basis === 'studied'],
  ])('%s keeps exactly the matching roles', async (query, keep) => {
    const expected = rolesWhere(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(bundle.roles.length);
    expect(await roleIds(query)).toEqual(expected);
  });

  it('takes a comma-separated list as any of the values', async () => {
    const expected = rolesWhere((r) => r.sector === 'statutory' || r.sector === 'voluntary');
    expect(await roleIds('sector=statutory,voluntary')).toEqual(expected);
  });

  it('takes a repeated parameter the same way as a list', async () => {
    expect(await roleIds('sector=statutory&sector=voluntary')).toEqual(
      await roleIds('sector=statutory,voluntary'),
    );
    const expected = rolesWhere((r) =>
      r.settings.some((s) => ['crisis', 'online', 'inpatient'].includes(s)),
    );
    expect(await roleIds('settings=crisis,online&settings=inpatient')).toEqual(expected);
  });

  it('combines different filters so that a role must match every one', async () => {
    const paidInGroups = (r: PeerWorkerRole) =>
      r.employmentBasis.includes('paid') &&
      r.settings.some((s) => s === 'community' || s === 'groups');
    const twoFilters = await roleIds('employmentBasis=paid&settings=community,groups');
    expect(twoFilters).toEqual(rolesWhere(paidInGroups));
    const threeFilters = await roleIds(
      'employmentBasis=paid&settings=community,groups&sector=voluntary,partnership',
    );
    const expected = rolesWhere(
      (r) => paidInGroups(r) && (r.sector === 'voluntary' || r.sector === 'partnership'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(threeFilters).toEqual(expected);
    expect(threeFilters.length).toBeLessThan(twoFilters.length);
  });

  it('gives an empty page, not an error, when nothing matches', async () => {
    const res = await request(testApp.app).get('/api/v1/roles?sector=voluntary&settings=crisis');
    expect(res.body).toMatchObject({ items: [], total: 0, totalPages: 0 });
  });

  it.each([
    ['sector=private', ['query', 'sector', 0]],
    ['settings=groups,nowhere', ['query', 'settings', 1]],
    ['employmentBasis=paid&employmentBasis=salaried', ['query', 'employmentBasis', 1]],
    ['sector=', ['query', 'sector', 0]],
  ])('refuses an unknown value (%s) with 422 pointing at it', async (query, path) => {
    const res = await request(testApp.app).get(`/api/v1/roles?${query}`);
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toEqual([path]);
    expect(problem.issues?.[0]?.message).toMatch(/^Choose from: /);
  });

  it.each([
    ['/roles?colour=blue', 'colour'],
    ['/topics?sector=statutory', 'sector'],
    ['/roles?Sector=statutory', 'Sector'],
    ['/roles?__proto__=x', '__proto__'],
  ])('refuses an unknown query parameter: %s', async (path, name) => {
    const problem = expectProblem(
      await request(testApp.app).get(`/api/v1${path}`),
      422,
      'VALIDATION_FAILED',
    );
    expect(issuePaths(problem)).toEqual([['query']]);
    expect(problem.issues?.[0]?.message).toContain(name);
  });
});

describe('every filter of every content type', () => {
  const cases = contentTypeKeys.flatMap((key) =>
    describeFilters(key).flatMap((filter) =>
      filter.values.map((value) => [key, filter.field, value] as const),
    ),
  );

  it.each(cases)('%s filtered by %s=%s matches the content', async (key, field, value) => {
    const expected = (bundle[key] as Record<string, unknown>[]).filter((item) => {
      const held = item[field];
      return Array.isArray(held) ? held.includes(value) : held === value;
    });
    const res = await request(testApp.app)
      .get(`/api/v1/${contentTypes[key].path}`)
      .query({ [field]: value, pageSize: 100 });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(expected.length);
    expect(res.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      expected.map((item) => item.id).sort(),
    );
  });
});

describe('pagination', () => {
  const topics = [...bundle.topics].sort((a, b) => a.order - b.order).map((topic) => topic.id);
  const page = async (query: Record<string, unknown>) => {
    const res = await request(testApp.app).get('/api/v1/topics').query(query);
    expect(res.status, res.text).toBe(200);
    return pageOf(ToolkitTopicSchema).parse(res.body);
  };

  it('walks the whole list in order, page by page', async () => {
    const seen: string[] = [];
    for (let number = 1; number <= 3; number += 1) {
      const current = await page({ page: number, pageSize: 5 });
      expect(current).toMatchObject({
        page: number,
        pageSize: 5,
        total: topics.length,
        totalPages: 3,
      });
      seen.push(...current.items.map((topic) => topic.id));
    }
    expect(seen).toEqual(topics);
  });

  it('gives an empty page with the right total beyond the last page', async () => {
    const beyond = await page({ page: 4, pageSize: 5 });
    expect(beyond).toEqual({
      page: 4,
      pageSize: 5,
      total: topics.length,
      totalPages: 3,
      items: [],
    });
  });

  it('allows pages of 1 and of 100', async () => {
    const single = await page({ page: 2, pageSize: 1 });
    expect(single.items.map((topic) => topic.id)).toEqual([topics[1]]);
    expect(single.totalPages).toBe(topics.length);
    const hundred = await page({ pageSize: 100 });
    expect(hundred.items).toHaveLength(topics.length);
    expect(hundred.totalPages).toBe(1);
  });

  it('counts filtered items across pages', async () => {
    const paid = rolesWhere((role) => role.employmentBasis.includes('paid'));
    const res = await request(testApp.app).get(
      '/api/v1/roles?employmentBasis=paid&pageSize=2&page=2',
    );
    expect(res.body).toMatchObject({ total: paid.length, totalPages: Math.ceil(paid.length / 2) });
    expect(res.body.items).toHaveLength(2);
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=x', 'pageSize'],
    ['pageSize=2.5', 'pageSize'],
    ['pageSize=1&pageSize=2', 'pageSize'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=abc', 'page'],
  ])('refuses %s with 422 at the parameter', async (query, field) => {
    const res = await request(testApp.app).get(`/api/v1/topics?${query}`);
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toEqual([['query', field]]);
  });
});
