import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminItem, ItemMeta, ItemStatus } from '@peer-toolkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRiskArea, sampleTopic } from '../../../testing/content-samples.js';
import { changeAt, secondOf } from '../../../testing/store-change.js';
import type { EditorialStore, ItemListQuery } from '../../editorial-store.js';
import { openStore, type Stores } from '../../open-store.js';

let dataDir: string;
let stores: Stores;
let editorial: EditorialStore;
const none = () => [];

async function create(id: string, title: string, at = 1) {
  return editorial.createItem(
    { collection: 'topics', id, content: sampleTopic(id, { title }) },
    changeAt(secondOf(at)),
  );
}
const key = (item: AdminItem) => ({ collection: 'topics' as const, id: item.id });
const publish = (item: AdminItem, at: number) =>
  editorial.publish(
    { ...key(item), expected: item.current.number, check: none },
    changeAt(secondOf(at)),
  );

// Every status, deleted items, titles differing only by case or accents, equal titles, and
// changes sharing a time, so that ties are decided by the id.
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-list-'));
  ({ stores } = await openStore({ dataDir, seed: false }));
  editorial = stores.editorial;
  await create('zebra-draft', 'Zebra crossing');
  await editorial.submitForReview(
    {
      collection: 'topics',
      id: 'apple-review',
      expected: (await create('apple-review', 'apple pie')).current.number,
    },
    changeAt(secondOf(2)),
  );
  await publish(await create('apple-published', 'Apple pie'), 2);
  const changed = await publish(await create('eclair-changed', 'Éclair recipes'), 2);
  await editorial.saveDraft(
    {
      ...key(changed),
      content: sampleTopic('eclair-changed', { title: 'Éclair recipes, revised' }),
      expected: changed.current.number,
    },
    changeAt(secondOf(3)),
  );
  await publish(await create('eclair-unpublished', 'eclair recipes'), 2);
  await editorial.unpublish(
    { collection: 'topics', id: 'eclair-unpublished', check: none },
    changeAt(secondOf(3)),
  );
  await create('deleted-draft', 'Deleted draft');
  await editorial.deleteItem(
    { collection: 'topics', id: 'deleted-draft', check: none },
    changeAt(secondOf(4)),
  );
  await publish(await create('zebra-gone', 'Zebra crossing'), 2);
  await editorial.deleteItem(
    { collection: 'topics', id: 'zebra-gone', check: none },
    changeAt(secondOf(4)),
  );
  await create('risk-taking', 'Risk-taking');
  await create('risk-assessment', 'Risk assessment');
  await create('topic-10', 'Topic 10', 3);
  await create('topic-9', 'Topic 9', 3);
  await create('percent', '100% sure_thing', 2);
  await create('restored', 'Restored item');
  await editorial.deleteItem(
    { collection: 'topics', id: 'restored', check: none },
    changeAt(secondOf(2)),
  );
  await editorial.undeleteItem({ collection: 'topics', id: 'restored' }, changeAt(secondOf(3)));
  await editorial.createItem(
    { collection: 'riskAreas', id: 'apple-risk', content: sampleRiskArea('apple-risk') },
    changeAt(secondOf(1)),
  );
});
afterAll(async () => {
  await stores.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ALL_IDS = [
  'apple-published',
  'apple-review',
  'deleted-draft',
  'eclair-changed',
  'eclair-unpublished',
  'percent',
  'restored',
  'risk-assessment',
  'risk-taking',
  'topic-10',
  'topic-9',
  'zebra-draft',
  'zebra-gone',
];

/** Each item as reading it on its own shows it, without its content. */
async function readAll(): Promise<ItemMeta[]> {
  const items: ItemMeta[] = [];
  for (const id of ALL_IDS) {
    const { content: _content, ...meta } = (await editorial.getItem({
      collection: 'topics',
      id,
    })) as AdminItem;
    items.push(meta);
  }
  return items;
}

// The list as it was worked out in JavaScript over every item (read in id order), before the
// database did it: the SQL must give the same items, order and totals.
const sorters = {
  title: (a: ItemMeta, b: ItemMeta) => a.title.localeCompare(b.title),
  updated: (a: ItemMeta, b: ItemMeta) => a.updatedAt.localeCompare(b.updatedAt),
  status: (a: ItemMeta, b: ItemMeta) =>
    a.status.localeCompare(b.status) || a.title.localeCompare(b.title),
};
function listInJavaScript(all: ItemMeta[], query: ItemListQuery) {
  const statuses = query.statuses && new Set(query.statuses);
  const sorter = sorters[query.sortBy];
  const items = all
    .filter((item) =>
      query.deleted === 'only' ? item.deleted : query.deleted === 'include' || !item.deleted,
    )
    .filter((item) => !statuses || statuses.has(item.status))
    .filter((item) =>
      query.words.every((word) => `${item.title} ${item.id}`.toLowerCase().includes(word)),
    )
    .sort((a, b) => (query.descending ? -1 : 1) * sorter(a, b));
  const start = (query.page - 1) * query.pageSize;
  return { total: items.length, items: items.slice(start, start + query.pageSize) };
}

const query = (overrides: Partial<ItemListQuery> = {}): ItemListQuery => ({
  words: [],
  deleted: 'exclude',
  sortBy: 'title',
  descending: false,
  page: 1,
  pageSize: 100,
  ...overrides,
});
const idsOf = async (overrides: Partial<ItemListQuery>) =>
  (await editorial.queryItems('topics', query(overrides))).items.map((item) => item.id);

describe('the admin list query', () => {
  it('sorts by title as localeCompare does: digits first, lower case before upper, accents after', async () => {
    expect(await idsOf({})).toEqual([
      'percent',
      'apple-review',
      'apple-published',
      'eclair-unpublished',
      'eclair-changed',
      'restored',
      'risk-assessment',
      'risk-taking',
      'topic-10',
      'topic-9',
      'zebra-draft',
    ]);
  });

  it('breaks ties by id, ascending in either direction', async () => {
    const equalTitles = { deleted: 'include' as const, words: ['zebra'] };
    expect(await idsOf(equalTitles)).toEqual(['zebra-draft', 'zebra-gone']);
    expect(await idsOf({ ...equalTitles, descending: true })).toEqual([
      'zebra-draft',
      'zebra-gone',
    ]);
    expect(await idsOf({ sortBy: 'updated', descending: true, words: ['topic'] })).toEqual([
      'topic-10',
      'topic-9',
    ]);
  });

  it('filters by deleted state, status and words together', async () => {
    expect(await idsOf({ deleted: 'only' })).toEqual(['deleted-draft', 'zebra-gone']);
    expect(await idsOf({ statuses: ['published', 'changed'] })).toEqual([
      'apple-published',
      'eclair-changed',
    ]);
    expect(
      await idsOf({ deleted: 'include', statuses: ['unpublished', 'draft'], words: ['zebra'] }),
    ).toEqual(['zebra-draft', 'zebra-gone']);
    expect(await idsOf({ words: ['pie', 'review'] })).toEqual(['apple-review']);
  });

  it('matches % and _ as themselves, and words without regard to case or accents given', async () => {
    expect(await idsOf({ words: ['%'] })).toEqual(['percent']);
    expect(await idsOf({ words: ['_'] })).toEqual(['percent']);
    expect(await idsOf({ words: ['éclair'] })).toEqual(['eclair-changed']);
    expect(await idsOf({ words: ['apple'], sortBy: 'status' })).toEqual([
      'apple-review',
      'apple-published',
    ]);
  });

  it('pages to the last, partly filled page, and past the end to no items', async () => {
    const page = (number: number) =>
      editorial.queryItems('topics', query({ page: number, pageSize: 4 }));
    const pages = [await page(1), await page(2), await page(3), await page(4)];
    expect(pages.map((p) => p.total)).toEqual([11, 11, 11, 11]);
    expect(pages.map((p) => p.items.length)).toEqual([4, 4, 3, 0]);
    const ids = pages.flatMap((p) => p.items.map((item) => item.id));
    expect(ids).toEqual(await idsOf({}));
  });

  it('gives what the JavaScript list gave, for every sort, direction, filter and page', async () => {
    const all = await readAll();
    const statusSets: (ItemStatus[] | undefined)[] = [
      undefined,
      ['draft'],
      ['published', 'changed'],
      ['in-review', 'unpublished', 'draft'],
    ];
    const wordSets = [[], ['apple'], ['pie', 'apple'], ['%'], ['eclair'], ['topic', '1'], ['x']];
    let compared = 0;
    for (const sortBy of ['title', 'updated', 'status'] as const)
      for (const descending of [false, true])
        for (const deleted of ['exclude', 'include', 'only'] as const)
          for (const statuses of statusSets)
            for (const words of wordSets)
              for (const page of [1, 2, 3, 4]) {
                const q = query({
                  sortBy,
                  descending,
                  deleted,
                  statuses,
                  words,
                  page,
                  pageSize: 3,
                });
                const label = JSON.stringify(q);
                expect(await editorial.queryItems('topics', q), label).toEqual(
                  listInJavaScript(all, q),
                );
                compared += 1;
              }
    expect(compared).toBe(3 * 2 * 3 * 4 * 7 * 4);
  });

  it('leaves out other types, and lists live items with their published flag as options', async () => {
    const options = await editorial.listItemOptions('topics');
    expect(options.map((option) => option.id)).toEqual(await idsOf({}));
    expect(options.find((option) => option.id === 'eclair-changed')).toEqual({
      id: 'eclair-changed',
      title: 'Éclair recipes, revised',
      isPublished: true,
    });
    expect(options.find((option) => option.id === 'zebra-draft')?.isPublished).toBe(false);
    expect((await editorial.listItemOptions('riskAreas')).map((option) => option.id)).toEqual([
      'apple-risk',
    ]);
  });
});
