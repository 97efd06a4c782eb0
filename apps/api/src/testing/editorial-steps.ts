import type { Response } from 'supertest';
import { expect } from 'vitest';
import type { AdminClient } from './admin-client.js';
import { sampleTopic } from './content-samples.js';

/** Waits for a response and checks its status, so that later steps build on what it did. */
export async function expectStatus(
  pending: PromiseLike<Response>,
  status = 200,
): Promise<Response> {
  const res = await pending;
  expect(res.status, res.text).toBe(status);
  return res;
}

/**
 * Creates a sample topic with history: "Topic <id>" at revision 1, "Two" at revision 2, which is
 * published, and "Three" at revision 3, a newer draft.
 */
export async function createTopicWithHistory(client: AdminClient, id: string): Promise<void> {
  const path = `/admin/content/topics/${id}`;
  const save = (title: string, etag: string) =>
    client.send('put', path, { content: sampleTopic(id, { title }) }, { 'If-Match': etag });
  await expectStatus(
    client.send('post', '/admin/content/topics', { content: sampleTopic(id) }),
    201,
  );
  await expectStatus(save('Two', '"r1"'));
  await expectStatus(client.send('post', `${path}/publish`, undefined, { 'If-Match': '"r2"' }));
  await expectStatus(save('Three', '"r2"'));
}
