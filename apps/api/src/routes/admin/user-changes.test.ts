import type { AuditAction } from '@peer-toolkit/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { signedIn } from '../../testing/admin-client.js';
import { expectProblem } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const { testApp, admin } = useAdminTestApp({ roles: ['admin'] });

const activeAdmins = () => testApp.stores.accounts.countActiveAdmins('nobody');
const audited = async (action: AuditAction, targetId?: string) =>
  (
    await testApp.stores.audit.list({
      page: 1,
      pageSize: 100,
      action,
      ...(targetId ? { targetId } : {}),
    })
  ).total;
const now = () => new Date().toISOString();

describe('the last active admin', () => {
  beforeEach(async () => {
    // Every other admin from earlier tests is disabled, so `admin` is the only active one.
    const { items } = await testApp.stores.accounts.listUsers({ page: 1, pageSize: 100 }, now());
    for (const user of items) {
      if (user.role === 'admin' && user.id !== admin.user.id)
        await testApp.stores.accounts.updateUser(user.id, { disabledAt: now() }, now());
    }
    expect(await activeAdmins()).toBe(1);
  });

  it.each([
    ['demoted', { role: 'publisher' }],
    ['disabled', { disabled: true }],
  ])('cannot be %s: 409, and nothing changes or is audited', async (_what, body) => {
    const before = await audited('user.update');
    const res = await admin.send('patch', `/admin/users/${admin.user.id}`, body);
    expectProblem(res, 409, 'CONFLICT');
    expect(res.body.detail).toContain('only active admin');
    expect(await activeAdmins()).toBe(1);
    expect(await audited('user.update')).toBe(before);
  });

  it('survives two admins demoting each other at the same moment: one wins, one is refused', async () => {
    const other = await signedIn(testApp, 'admin');
    expect(await activeAdmins()).toBe(2);
    const results = await Promise.all([
      admin.send('patch', `/admin/users/${other.user.id}`, { role: 'editor' }),
      other.send('patch', `/admin/users/${admin.user.id}`, { role: 'editor' }),
    ]);
    // The loser is refused either as the last admin or, once demoted, as no longer an admin.
    const statuses = results.map((res) => res.status).sort();
    expect(statuses[0], results.map((res) => res.text).join('\n')).toBe(200);
    expect([401, 403, 409]).toContain(statuses[1]);
    expect(await activeAdmins()).toBe(1);
  });
});

describe('creating users', () => {
  it('gives the same new email address to only one of two admins creating it at once', async () => {
    const email = `twice-${Date.now()}@example.org`;
    const body = { email, displayName: 'Twice', role: 'editor' };
    const creator = await signedIn(testApp, 'admin');
    const results = await Promise.all([
      creator.send('post', '/admin/users', body),
      creator.send('post', '/admin/users', body),
    ]);
    const statuses = results.map((res) => res.status).sort();
    expect(statuses, results.map((res) => res.text).join('\n')).toEqual([201, 409]);
    const refused = results.find((res) => res.status === 409);
    if (refused) expectProblem(refused, 409, 'CONFLICT');
    const created = await testApp.stores.accounts.findUserByEmail(email);
    expect(created).toBeDefined();
    expect(await audited('user.create', created?.id)).toBe(1);
  });
});
