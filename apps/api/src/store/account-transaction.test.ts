import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type OpenedStore, openStore } from './open-store.js';

let dataDir: string;
let opened: OpenedStore;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-accounts-'));
  opened = await openStore({ dataDir, seed: false });
  await opened.stores.accounts.createUser({
    id: 'u1',
    email: 'ada@example.org',
    displayName: 'Ada',
    role: 'editor',
    passwordHash: 'old-hash',
    mustChangePassword: false,
    now: '2026-01-01T00:00:00.000Z',
  });
  await opened.stores.accounts.createSession({
    token_hash: 'session-1',
    user_id: 'u1',
    stage: 'signed-in',
    created_at: '2026-01-01T00:00:00.000Z',
    last_seen_at: '2026-01-01T00:00:00.000Z',
    expires_at: '2099-01-01T00:00:00.000Z',
    ip: null,
    user_agent: null,
  });
});
afterEach(async () => {
  await opened.stores.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const auditTotal = async () => (await opened.stores.audit.list({ page: 1, pageSize: 10 })).total;

async function changePassword(failAtEnd: boolean) {
  await opened.stores.accountTransaction(async ({ accounts, audit }) => {
    await accounts.updateUser('u1', { passwordHash: 'new-hash' }, '2026-01-02T00:00:00.000Z');
    await accounts.deleteUserSessions('u1');
    await audit.append({
      at: '2026-01-02T00:00:00.000Z',
      actorId: 'u1',
      actorEmail: 'ada@example.org',
      ip: null,
      action: 'password.change',
    });
    if (failAtEnd) throw new Error('the process fails before the change is complete');
  });
}

it('lands a change to accounts and its audit entry together', async () => {
  await changePassword(false);
  expect((await opened.stores.accounts.findUserById('u1'))?.password_hash).toBe('new-hash');
  expect(await opened.stores.accounts.findSession('session-1')).toBeUndefined();
  expect(await auditTotal()).toBe(1);
});

it('leaves nothing of a change that fails part-way: the old password, sessions and audit log stand', async () => {
  await expect(changePassword(true)).rejects.toThrow('fails before');
  expect((await opened.stores.accounts.findUserById('u1'))?.password_hash).toBe('old-hash');
  expect(await opened.stores.accounts.findSession('session-1')).toBeDefined();
  expect(await auditTotal()).toBe(0);
});
