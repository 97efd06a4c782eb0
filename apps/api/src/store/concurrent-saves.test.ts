import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AdminItemSchema,
  ProblemDetailsSchema,
  parseRevisionEtag,
  revisionEtag,
} from '@peer-toolkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AdminClient, signedIn } from '../testing/admin-client.js';
import { httpAdminClient, type Reply } from '../testing/http-admin-client.js';
import { TEST_ORIGIN } from '../testing/test-app.js';
import { useTestApp } from '../testing/use-test-app.js';
import type { ItemKey } from './editorial-store.js';

const EDITORS = 12;
const ROUNDS = 6;

interface Editor {
  email: string;
  send(
    method: 'get' | 'put',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

/** One save as the editor sent it and as the API answered it. */
interface Attempt extends Reply {
  editor: number;
  round: number;
  ifMatch: number;
  content: Record<string, unknown>;
}

interface Seen {
  number: number;
  content: Record<string, unknown>;
}

const testApp = useTestApp();
const clients: AdminClient[] = [];

beforeAll(async () => {
  // One at a time: each sign-in hashes a password, and two cores are all there is.
  for (let index = 0; index < EDITORS; index += 1) clients.push(await signedIn(testApp, 'editor'));
});

function overSupertest(client: AdminClient): Editor {
  return {
    email: client.user.email,
    send: async (method, path, body, headers) => {
      const res = await client.send(method, path, body, headers);
      return {
        status: res.status,
        etag: res.headers.etag,
        body: res.text ? JSON.parse(res.text) : undefined,
      };
    },
  };
}

function seenIn(item: unknown): Seen {
  const parsed = AdminItemSchema.parse(item);
  return { number: parsed.current.number, content: parsed.content };
}

async function read(editor: Editor, path: string): Promise<Seen> {
  const reply = await editor.send('get', path);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return seenIn(reply.body);
}

/**
 * Every editor edits the same item in every round, all at once. A third of them reload before
 * each edit; the rest edit whatever they saw last. After a refusal, even-numbered editors take the
 * newer version the 412 offers, odd-numbered ones stay on their stale copy until their next reload.
 */
async function saveInRounds(editors: Editor[], path: string): Promise<Attempt[]> {
  const seen = await Promise.all(editors.map((editor) => read(editor, path)));
  const attempts: Attempt[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    await Promise.all(
      editors.map(async (editor, index) => {
        if (round > 0 && (index + round) % 3 === 0) seen[index] = await read(editor, path);
        const base = seen[index] as Seen;
        const content = { ...base.content, title: `Edited by editor ${index} in round ${round}` };
        const reply = await editor.send(
          'put',
          path,
          { content },
          { 'If-Match': revisionEtag(base.number) },
        );
        attempts.push({ editor: index, round, ifMatch: base.number, content, ...reply });
        if (reply.status === 200) seen[index] = seenIn(reply.body);
        else if (reply.status === 412 && index % 2 === 0)
          seen[index] = seenIn(ProblemDetailsSchema.parse(reply.body).current);
      }),
    );
  }
  return attempts;
}

async function saveAudit(key: ItemKey) {
  const { items, total } = await testApp.stores.audit.list({
    page: 1,
    pageSize: 100,
    action: 'content.save',
    targetType: key.collection,
    targetId: key.id,
  });
  return { total, pairs: items.map((entry) => [entry.details.revision, entry.details.basedOn]) };
}

/** Runs the rounds and checks that every answer matches what the history now holds. */
async function expectEverySaveAccountedFor(key: ItemKey, editors: Editor[]) {
  const path = `/admin/content/topics/${key.id}`;
  const before = (await testApp.stores.editorial.listRevisions(key)) ?? [];
  const auditBefore = await saveAudit(key);
  const newestBefore = Math.max(...before.map((revision) => revision.number));

  const attempts = await saveInRounds(editors, path);

  const after = (await testApp.stores.editorial.listRevisions(key)) ?? [];
  const byNumber = new Map(after.map((revision) => [revision.number, revision]));
  const accepted = attempts.filter((attempt) => attempt.status === 200);
  const refused = attempts.filter((attempt) => attempt.status !== 200);
  expect(attempts).toHaveLength(EDITORS * ROUNDS);
  // Without conflicts there would be nothing to test; round 0 alone has 11 losers.
  expect(refused.length).toBeGreaterThanOrEqual(EDITORS - 1);

  // Each accepted save is exactly one new revision, numbered without gaps.
  const added = after
    .filter((revision) => revision.number > newestBefore)
    .map((revision) => revision.number)
    .sort((a, b) => a - b);
  expect(after.length - before.length).toBe(accepted.length);
  expect(added).toEqual(accepted.map((_, index) => newestBefore + index + 1));

  // Each accepted save's ETag names its own revision, built on the one the editor had read.
  const acceptedNumbers = accepted.map((attempt) => parseRevisionEtag(attempt.etag));
  expect([...acceptedNumbers].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(added);
  for (const attempt of accepted) {
    const number = parseRevisionEtag(attempt.etag) as number;
    expect(number).toBe(attempt.ifMatch + 1);
    expect(seenIn(attempt.body).number).toBe(number);
    expect(byNumber.get(number)).toMatchObject({
      author: editors[attempt.editor]?.email,
      content: attempt.content,
    });
  }
  // A silent overwrite would be two saves accepted on top of the same revision.
  expect(new Set(accepted.map((attempt) => attempt.ifMatch)).size).toBe(accepted.length);
  // Every round made progress: whoever saved last in the previous round still held the newest.
  for (let round = 0; round < ROUNDS; round += 1)
    expect(accepted.some((attempt) => attempt.round === round)).toBe(true);

  // Every refusal is a 412 carrying the version that beat it, exactly as the history holds it.
  for (const attempt of refused) {
    expect(attempt.status, JSON.stringify(attempt.body)).toBe(412);
    const problem = ProblemDetailsSchema.parse(attempt.body);
    expect(problem.code).toBe('PRECONDITION_FAILED');
    const current = AdminItemSchema.parse(problem.current);
    expect(current.current.number).toBeGreaterThan(attempt.ifMatch);
    expect(current.etag).toBe(revisionEtag(current.current.number));
    expect(current.content).toEqual(byNumber.get(current.current.number)?.content);
  }

  // One audit entry per accepted save, naming the same revision and base.
  const auditAfter = await saveAudit(key);
  expect(auditAfter.total - auditBefore.total).toBe(accepted.length);
  expect(auditAfter.pairs.slice(0, accepted.length).sort()).toEqual(
    accepted.map((attempt) => [attempt.ifMatch + 1, attempt.ifMatch]).sort(),
  );

  // The item now shows the newest accepted save.
  const newest = accepted.find((attempt) => attempt.ifMatch + 1 === added.at(-1));
  expect(await read(editors[0] as Editor, path)).toEqual({
    number: added.at(-1),
    content: newest?.content,
  });
}

describe('concurrent saves to one item', () => {
  it('accept one save per revision through the in-process app, and refuse the rest with 412', async () => {
    const [topic] = await testApp.stores.editorial.listItemOptions('topics');
    await expectEverySaveAccountedFor(
      { collection: 'topics', id: topic?.id as string },
      clients.map(overSupertest),
    );
  });

  it('do the same over real HTTP, with requests interleaving on a listening server', async () => {
    const server = createServer(testApp.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const editors = clients.map((client) => ({
        email: client.user.email,
        ...httpAdminClient({
          baseUrl: `http://127.0.0.1:${port}`,
          origin: TEST_ORIGIN,
          cookie: client.cookie as string,
        }),
      }));
      const [, topic] = await testApp.stores.editorial.listItemOptions('topics');
      await expectEverySaveAccountedFor({ collection: 'topics', id: topic?.id as string }, editors);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
