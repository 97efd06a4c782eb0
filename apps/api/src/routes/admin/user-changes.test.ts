import { type AuditAction, UserSchema } from '@peer-toolkit/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { createUser, signedIn } from '../../testing/admin-client.js';
import { expectProblem } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';
import {
  editUser,
  securitySettingsVersion,
  setSecondFactorRoles,
  userVersion,
} from '../../testing/user-edits.js';

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
    ['demoted', { role: 'publisher' as const }],
    ['disabled', { disabled: true }],
  ])('cannot be %s: 409, and nothing changes or is audited', async (_what, body) => {
    const before = await audited('user.update');
    const res = await editUser(admin, admin.user.id, body);
    expectProblem(res, 409, 'CONFLICT');
    expect(res.body.detail).toContain('only active admin');
    expect(await activeAdmins()).toBe(1);
    expect(await audited('user.update')).toBe(before);
  });

  it('survives two admins demoting each other at the same moment: one wins, one is refused', async () => {
    const other = await signedIn(testApp, 'admin');
    expect(await activeAdmins()).toBe(2);
    const versions = [
      await userVersion(admin, other.user.id),
      await userVersion(other, admin.user.id),
    ];
    const results = await Promise.all([
      admin.send(
        'patch',
        `/admin/users/${other.user.id}`,
        { role: 'editor' },
        { 'If-Match': versions[0] ?? '' },
      ),
      other.send(
        'patch',
        `/admin/users/${admin.user.id}`,
        { role: 'editor' },
        { 'If-Match': versions[1] ?? '' },
      ),
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

describe('editing a user someone else is editing', () => {
  it('refuses a change that does not name the version it saw (428), changing nothing', async () => {
    const editor = await createUser(testApp, 'editor');
    const res = await admin.send('patch', `/admin/users/${editor.id}`, { role: 'publisher' });
    expectProblem(res, 428, 'PRECONDITION_REQUIRED');
    expect((await testApp.stores.accounts.findUserById(editor.id))?.role).toBe('editor');
  });

  it('refuses a change made from a stale version (412), with the user as they are now', async () => {
    const editor = await createUser(testApp, 'editor');
    const other = await signedIn(testApp, 'admin');
    const seen = await userVersion(admin, editor.id);
    expect((await editUser(other, editor.id, { displayName: 'Name From Other' })).status).toBe(200);
    const before = await audited('user.update', editor.id);

    const stale = await admin.send(
      'patch',
      `/admin/users/${editor.id}`,
      { displayName: 'Name From Admin' },
      { 'If-Match': seen },
    );
    const problem = expectProblem(stale, 412, 'PRECONDITION_FAILED');
    expect(problem.detail).toContain('Someone else changed this user');
    expect(UserSchema.parse(stale.body.current)).toMatchObject({
      id: editor.id,
      displayName: 'Name From Other',
    });
    expect((await testApp.stores.accounts.findUserById(editor.id))?.display_name).toBe(
      'Name From Other',
    );
    expect(await audited('user.update', editor.id)).toBe(before);

    // With the version it was just shown, the same change goes through.
    const retried = await admin.send(
      'patch',
      `/admin/users/${editor.id}`,
      { displayName: 'Name From Admin' },
      { 'If-Match': await userVersion(admin, editor.id) },
    );
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body.displayName).toBe('Name From Admin');
    expect(retried.headers.etag).toBe(await userVersion(admin, editor.id));
  });

  it('keeps the version through actions that do not change what the form edits', async () => {
    const editor = await createUser(testApp, 'editor');
    const seen = await userVersion(admin, editor.id);
    for (const action of ['password-reset', 'end-sessions', 'second-factor-reset']) {
      const res = await admin.send('post', `/admin/users/${editor.id}/${action}`);
      expect(res.status, res.text).toBe(200);
    }
    expect(await userVersion(admin, editor.id)).toBe(seen);
    expect((await editUser(admin, editor.id, { role: 'publisher' })).status).toBe(200);
    expect(await userVersion(admin, editor.id)).not.toBe(seen);
  });
});

describe('security settings two admins change at once', () => {
  it('refuses the later change made from what the earlier one replaced', async () => {
    const other = await signedIn(testApp, 'admin');
    expect((await setSecondFactorRoles(admin, [])).status).toBe(200);
    const seen = await securitySettingsVersion(admin);
    expect((await setSecondFactorRoles(other, ['publisher'])).status).toBe(200);

    const stale = await admin.send(
      'put',
      '/admin/security-settings',
      { secondFactorRequiredFor: [] },
      { 'If-Match': seen },
    );
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    expect(stale.body.current).toEqual({ secondFactorRequiredFor: ['publisher'] });
    expect(await testApp.stores.accounts.secondFactorRoles()).toEqual(['publisher']);

    const missing = await admin.send('put', '/admin/security-settings', {
      secondFactorRequiredFor: [],
    });
    expectProblem(missing, 428, 'PRECONDITION_REQUIRED');
    expect((await setSecondFactorRoles(admin, [])).status).toBe(200);
  });
});
