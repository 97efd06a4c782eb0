import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTopic } from '../../testing/content-samples.js';
import { changeAt, secondOf } from '../../testing/store-change.js';
import { openStore, type Stores } from '../open-store.js';
import { SECRETS_KEY_FILE } from '../secrets-key.js';
import { backupSqlite } from './backup-sqlite.js';
import { DATABASE_FILE } from './open-sqlite.js';

let root: string;
let dataDir: string;
let stores: Stores;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'toolkit-backup-'));
  dataDir = join(root, 'data');
  ({ stores } = await openStore({ dataDir }));
});
afterEach(async () => {
  await stores.close();
  rmSync(root, { recursive: true, force: true });
});

const createTopic = (id: string) =>
  stores.editorial.createItem(
    { collection: 'topics', id, content: sampleTopic(id) },
    changeAt(secondOf(1)),
  );

describe('a backup of the database', () => {
  it('is a checked, complete copy, taken while the server keeps writing, that opens as a store', async () => {
    await stores.accounts.createUser({
      id: 'u1',
      email: 'ada@example.org',
      displayName: 'Ada',
      role: 'admin',
      passwordHash: 'hash',
      mustChangePassword: false,
      now: '2026-01-01T00:00:00.000Z',
    });
    await stores.accounts.updateUser(
      'u1',
      { totpSecret: 'JBSWY3DPEHPK3PXP' },
      '2026-01-01T00:00:00.000Z',
    );
    for (let index = 0; index < 20; index += 1) await createTopic(`before-${index}`);

    const destination = join(root, 'backup.sqlite');
    const during = Promise.all(
      Array.from({ length: 20 }, (_, index) => createTopic(`during-${index}`)),
    );
    const [result] = await Promise.all([backupSqlite(dataDir, destination), during]);

    expect(result.file).toBe(destination);
    expect(existsSync(`${destination}.partial`)).toBe(false);
    // Restored as a data folder of its own, with its key, it opens and holds what was written
    // before the backup began, and the second-factor secret still opens.
    const restored = join(root, 'restored');
    mkdirSync(restored);
    copyFileSync(destination, join(restored, DATABASE_FILE));
    copyFileSync(join(dataDir, SECRETS_KEY_FILE), join(restored, SECRETS_KEY_FILE));
    const reopened = await openStore({ dataDir: restored });
    try {
      expect(await reopened.stores.checkIntegrity()).toEqual([]);
      for (let index = 0; index < 20; index += 1) {
        expect(
          await reopened.stores.editorial.getItem({ collection: 'topics', id: `before-${index}` }),
        ).toBeDefined();
      }
      expect((await reopened.stores.accounts.findUserById('u1'))?.totp_secret).toBe(
        'JBSWY3DPEHPK3PXP',
      );
      expect(result.counts.users).toBe(1);
      expect(reopened.seeded).toBe(false);
    } finally {
      await reopened.stores.close();
    }
  });

  it('never overwrites an existing file', async () => {
    const destination = join(root, 'taken.sqlite');
    writeFileSync(destination, 'something precious');
    await expect(backupSqlite(dataDir, destination)).rejects.toThrow('already exists');
    expect(readFileSync(destination, 'utf8')).toBe('something precious');
  });

  it('says so when there is no database to back up', async () => {
    await expect(backupSqlite(join(root, 'nowhere'), join(root, 'b.sqlite'))).rejects.toThrow(
      'There is no database',
    );
    expect(existsSync(join(root, 'b.sqlite'))).toBe(false);
  });
});
