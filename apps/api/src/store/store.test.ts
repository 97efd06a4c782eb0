import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { migrateSqlite } from './sqlite/migrate.js';
import { sqliteMigrations } from './sqlite/migrations/index.js';
import { openSqlite } from './sqlite/open-sqlite.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-store-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function tableNames(dir: string): Promise<string[]> {
  const { db } = openSqlite(dir);
  const { rows } = await sql<{
    name: string;
  }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
  await db.destroy();
  return rows.map((row) => row.name);
}

describe('migrations', () => {
  it('create the schema on an empty database, and do nothing the second time', async () => {
    const { db } = openSqlite(dataDir);
    expect(await migrateSqlite(db)).toEqual(Object.keys(sqliteMigrations));
    expect(await migrateSqlite(db)).toEqual([]);
    await db.destroy();
    expect(await tableNames(dataDir)).toEqual(
      expect.arrayContaining([
        'content_items',
        'content_revisions',
        'published_items',
        'search_index',
        'site_state',
      ]),
    );
  });

  it('leave the database as it was when a migration fails part-way', async () => {
    const { db } = openSqlite(dataDir);
    await migrateSqlite(db);
    const before = await tableNames(dataDir);
    const failing = {
      ...sqliteMigrations,
      '9999-broken': {
        up: async (trx: typeof db) => {
          await trx.schema.createTable('half_done').addColumn('id', 'integer').execute();
          await sql`INSERT INTO no_such_table VALUES (1)`.execute(trx);
        },
      },
    };
    await expect(migrateSqlite(db, failing as never)).rejects.toThrow(/9999-broken.*unchanged/);
    await db.destroy();
    expect(await tableNames(dataDir)).toEqual(before);
  });
});

describe('opening the store', () => {
  it('seeds the default content, published, on first start only', async () => {
    const first = await openStore({ dataDir });
    expect(first.seeded).toBe(true);
    const version = await first.stores.content.contentVersion();
    const topics = await first.stores.content.allPublished('topics');
    expect(topics).toHaveLength(loadDefaultBundle().topics.length);
    await first.stores.content.close();

    const second = await openStore({ dataDir });
    expect(second.seeded).toBe(false);
    expect(second.migrated).toEqual([]);
    expect(await second.stores.content.contentVersion()).toBe(version);
    expect(await second.stores.content.allPublished('topics')).toEqual(topics);
    await second.stores.content.close();
  });

  it('keeps the default content exactly as parsed', async () => {
    const { stores } = await openStore({ dataDir });
    const store = stores.content;
    const bundle = loadDefaultBundle();
    expect(await store.findPublished('roles', bundle.roles[0]!.id)).toEqual(bundle.roles[0]);
    await store.close();
  });
});

describe('published reads', () => {
  it('list in display order with filters and pages', async () => {
    const { stores } = await openStore({ dataDir });
    const store = stores.content;
    const all = await store.listPublished('topics', { filters: {}, page: 1, pageSize: 100 });
    const orders = all.items.map((item) => (item as { order: number }).order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));

    const paid = await store.listPublished('roles', {
      filters: { employmentBasis: ['paid'] },
      page: 1,
      pageSize: 100,
    });
    expect(paid.total).toBeGreaterThan(0);
    for (const role of paid.items as { employmentBasis: string[] }[])
      expect(role.employmentBasis).toContain('paid');

    const both = await store.listPublished('roles', {
      filters: { employmentBasis: ['paid'], settings: ['inpatient', 'crisis'] },
      page: 1,
      pageSize: 100,
    });
    for (const role of both.items as { employmentBasis: string[]; settings: string[] }[]) {
      expect(role.employmentBasis).toContain('paid');
      expect(role.settings.some((s) => s === 'inpatient' || s === 'crisis')).toBe(true);
    }

    const page2 = await store.listPublished('topics', { filters: {}, page: 2, pageSize: 5 });
    expect(page2.total).toBe(all.total);
    expect(page2.items).toEqual(all.items.slice(5, 10));
    await store.close();
  });

  it('find an item by id or by slug', async () => {
    const { stores } = await openStore({ dataDir });
    const store = stores.content;
    const publication = loadDefaultBundle().publications[0]!;
    expect(await store.findPublished('publications', publication.id)).toEqual(publication);
    expect(await store.findPublished('publications', publication.slug)).toEqual(publication);
    expect(await store.findPublished('publications', 'no-such-item')).toBeUndefined();
    expect(await store.findPublished('topics', publication.id)).toBeUndefined();
    await store.close();
  });

  it('search ranks title matches first and marks the matched words', async () => {
    const { stores } = await openStore({ dataDir });
    const store = stores.content;
    const result = await store.search({
      words: ['supervision'],
      collections: [],
      page: 1,
      pageSize: 10,
    });
    expect(result.total).toBeGreaterThan(1);
    expect(result.hits[0]?.title.toLowerCase()).toContain('supervision');
    const marked = result.hits.flatMap((hit) =>
      hit.snippet.filter((part) => part.highlight).map((p) => p.text.toLowerCase()),
    );
    expect(marked.some((text) => text.startsWith('supervis'))).toBe(true);
    await store.close();
  });

  it('search treats query syntax as plain words', async () => {
    const { stores } = await openStore({ dataDir });
    const store = stores.content;
    for (const words of [['NOT'], ['"'], ['title:risk'], ['*'], ['AND', 'OR']]) {
      await expect(
        store.search({ words, collections: [], page: 1, pageSize: 5 }),
      ).resolves.toBeDefined();
    }
    await store.close();
  });
});
