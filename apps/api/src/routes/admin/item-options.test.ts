import { ItemOptionsSchema } from '@peer-toolkit/core';
import { describe, expect, it } from 'vitest';
import { sampleTopic } from '../../testing/content-samples.js';
import { expectProblem } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const { editor, publisher } = useAdminTestApp({ roles: ['editor', 'publisher'] });

describe('GET /admin/content-options/:type', () => {
  it('lists every live item once, by title, with whether it is published', async () => {
    await editor.send('post', '/admin/content/topics', {
      content: sampleTopic('aaa-draft-topic', { title: 'AAA draft topic' }),
    });
    await editor.send('post', '/admin/content/topics', {
      content: sampleTopic('gone-topic', { title: 'Gone topic' }),
    });
    expect((await publisher.send('delete', '/admin/content/topics/gone-topic')).status).toBe(200);

    const res = await editor.send('get', '/admin/content-options/topics');
    expect(res.status).toBe(200);
    const { items } = ItemOptionsSchema.parse(res.body);
    const titles = items.map((item) => item.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(items.find((item) => item.id === 'aaa-draft-topic')).toEqual({
      id: 'aaa-draft-topic',
      title: 'AAA draft topic',
      isPublished: false,
    });
    expect(items.find((item) => item.id === 'training')?.isPublished).toBe(true);
    expect(items.some((item) => item.id === 'gone-topic')).toBe(false);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('refuses an unknown type', async () => {
    expectProblem(
      await editor.send('get', '/admin/content-options/nonsense'),
      422,
      'VALIDATION_FAILED',
    );
  });
});
