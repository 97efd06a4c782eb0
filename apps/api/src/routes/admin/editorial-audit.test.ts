import { type AuditEntry, AuditPageSchema } from '@peer-toolkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AdminClient, adminRequest, TEST_PASSWORD } from '../../testing/admin-client.js';
import { sampleRiskArea, sampleTopic } from '../../testing/content-samples.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const id = 'audited-topic';
const content = (title: string) => sampleTopic(id, { title });

const { testApp, editor, publisher, admin } = useAdminTestApp({
  roles: ['editor', 'publisher', 'admin'],
});
let started: number;

/** Sends a request and insists it succeeded, so the audit trail is the one these steps made. */
async function expectOk(pending: ReturnType<AdminClient['send']>) {
  const res = await pending;
  expect(res.status, res.text).toBeLessThan(300);
  return res;
}

beforeAll(async () => {
  started = Date.now();
  const path = `/admin/content/topics/${id}`;
  const ifMatch = (n: number) => ({ 'If-Match': `"r${n}"` });
  await expectOk(editor.send('post', '/admin/content/topics', { content: content('One') }));
  await expectOk(editor.send('put', path, { content: content('Two') }, ifMatch(1)));
  await expectOk(editor.send('post', `${path}/submit`, undefined, ifMatch(2)));
  await expectOk(publisher.send('post', `${path}/publish`, undefined, ifMatch(2)));
  await expectOk(publisher.send('put', path, { content: content('Three') }, ifMatch(2)));
  await expectOk(publisher.send('post', `${path}/revisions/1/restore`, undefined, ifMatch(3)));
  await expectOk(publisher.send('post', `${path}/unpublish`));
  await expectOk(publisher.send('delete', path));
  await expectOk(publisher.send('post', `${path}/undelete`));
});

async function audit(query: Record<string, string>): Promise<AuditEntry[]> {
  const res = await admin.send(
    'get',
    `/admin/audit?${new URLSearchParams({ pageSize: '100', ...query })}`,
  );
  expect(res.status, res.text).toBe(200);
  return AuditPageSchema.parse(res.body).items;
}

describe('the audit log of content changes', () => {
  it('records every action on an item, newest first, with who did it', async () => {
    const entries = await audit({ action: 'content.', targetId: id });
    expect(entries.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ['content.undelete', publisher.user.email],
      ['content.delete', publisher.user.email],
      ['content.unpublish', publisher.user.email],
      ['content.restore-revision', publisher.user.email],
      ['content.save', publisher.user.email],
      ['content.publish', publisher.user.email],
      ['content.submit', editor.user.email],
      ['content.save', editor.user.email],
      ['content.create', editor.user.email],
    ]);
    const users = new Map([editor, publisher].map((client) => [client.user.email, client.user.id]));
    for (const entry of entries) {
      expect(entry).toMatchObject({ targetType: 'topics', targetId: id });
      expect(entry.actorId).toBe(users.get(entry.actorEmail ?? ''));
      expect(entry.ip).toEqual(expect.any(String));
    }
    expect(entries.find((entry) => entry.action === 'content.publish')?.details).toMatchObject({
      revision: 2,
    });
    expect(
      entries.find((entry) => entry.action === 'content.restore-revision')?.details,
    ).toMatchObject({ revision: 4, basedOn: 3 });
  });

  it('times every entry in UTC, when it happened', async () => {
    const entries = await audit({ action: 'content.', targetId: id });
    for (const entry of entries) {
      expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now());
    }
    const times = entries.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by actor (email or id), exact action, prefix and time', async () => {
    const editorActions = ['content.submit', 'content.save', 'content.create'];
    for (const actor of [editor.user.email, editor.user.id]) {
      const entries = await audit({ actor, action: 'content.', targetId: id });
      expect(entries.map((entry) => entry.action)).toEqual(editorActions);
    }
    const saves = await audit({ action: 'content.save', targetId: id });
    expect(saves.map((entry) => entry.actorEmail)).toEqual([
      publisher.user.email,
      editor.user.email,
    ]);
    const logins = await audit({ action: 'login.', actor: editor.user.email });
    expect(logins.map((entry) => entry.action)).toEqual(['login.success']);
    const all = await audit({ action: 'content.' });
    expect(all.every((entry) => entry.action.startsWith('content.'))).toBe(true);
    expect(
      await audit({ targetId: id, from: new Date(Date.now() + 60_000).toISOString() }),
    ).toEqual([]);
  });

  it('records a refused publish, with the number of problems', async () => {
    const broken = sampleRiskArea('refused-risk', { relatedTopicIds: ['no-such-topic'] });
    await expectOk(editor.send('post', '/admin/content/risk-areas', { content: broken }));
    const res = await publisher.send(
      'post',
      '/admin/content/risk-areas/refused-risk/publish',
      undefined,
      {
        'If-Match': '"r1"',
      },
    );
    expect(res.status).toBe(422);
    const entries = await audit({ action: 'content.publish-refused', targetId: 'refused-risk' });
    expect(entries).toEqual([
      expect.objectContaining({
        actorEmail: publisher.user.email,
        targetType: 'riskAreas',
        details: { problems: 1 },
      }),
    ]);
  });
});

describe('secrets in the audit log', () => {
  it('never records a password or a session token', async () => {
    const wrong = `${TEST_PASSWORD}-typo`;
    const failed = await adminRequest(testApp, 'post', '/admin/auth/sign-in', {
      body: { email: editor.user.email, password: wrong },
    });
    expect(failed.status).toBe(401);
    const chosen = 'amber-orchard-compass-77';
    const created = await expectOk(
      admin.send('post', '/admin/users', {
        email: 'audited-user@example.org',
        displayName: 'Audited user',
        role: 'editor',
        password: chosen,
      }),
    );
    const reset = await expectOk(
      admin.send('post', `/admin/users/${created.body.user.id}/password-reset`),
    );
    const temporary = reset.body.temporaryPassword as string;
    expect(temporary.length).toBeGreaterThan(7);

    const pages: unknown[] = [];
    for (let page = 1; ; page += 1) {
      const res = await admin.send('get', `/admin/audit?pageSize=100&page=${page}`);
      const parsed = AuditPageSchema.parse(res.body);
      pages.push(...parsed.items);
      if (page >= parsed.totalPages) break;
    }
    const log = JSON.stringify(pages);
    // The log does hold the events, so an empty log cannot pass this test.
    for (const action of ['login.success', 'login.failure', 'user.create', 'user.password-reset']) {
      expect(log).toContain(`"${action}"`);
    }
    const tokens = [editor, publisher, admin].map((client) => client.cookie?.split('=')[1] ?? '');
    for (const secret of [TEST_PASSWORD, chosen, temporary, ...tokens]) {
      expect(secret.length).toBeGreaterThan(7);
      expect(log.includes(secret), `the audit log contains ${secret.slice(0, 4)}…`).toBe(false);
    }
  });
});
