import {
  contentTypes,
  markdownToText,
  pageOf,
  RelatedContentSchema,
  type ToolkitTopic,
  ToolkitTopicSchema,
} from '@peer-toolkit/core';
import { Markdown, TopicView } from '@peer-toolkit/ui';
import { loadAll } from '../../api/content-lookups.js';
import { PageNotFound, type PageRoute } from '../../render/page.js';
import { withContent } from '../../render/with-content.js';

const TopicWithRelatedSchema = RelatedContentSchema.extend({ item: ToolkitTopicSchema });

/** The first sentence or so of Markdown, as plain text for a meta description. */
export function describe(markdown: string, limit = 160): string {
  const text = markdownToText(markdown).replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - 1).replace(/\s+\S*$/, '')}…`;
}

export const topicsIndexRoute: PageRoute = {
  path: '/topics',
  async render({ api }) {
    const topics = (await api.get('/topics?pageSize=100', pageOf(ToolkitTopicSchema))).items;
    return {
      title: 'Toolkit topics',
      description:
        'What organisations need to get right when they introduce peer workers into mental health services.',
      section: 'topics',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      body: (
        <>
          <h1>Toolkit topics</h1>
          <p className="ptk-lead">
            {topics.length} things organisations need to get right when they introduce peer workers.
            Each topic says what the research found, gives questions for everyone involved to talk
            through, and suggests actions.
          </p>
          <ol className="ptk-topic-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <h2>
                  <a href={`/topics/${topic.slug}`}>{topic.title}</a>
                </h2>
                <Markdown source={topic.summary} />
              </li>
            ))}
          </ol>
        </>
      ),
    };
  },
};

export const topicRoute: PageRoute = {
  path: '/topics/:slug',
  async render({ api, req }) {
    const slug = String(req.params.slug);
    const found = await api.find(
      `/topics/${encodeURIComponent(slug)}/related`,
      TopicWithRelatedSchema,
    );
    if (!found) throw new PageNotFound();
    const { item: topic, ...related } = found;
    return {
      title: topic.title,
      description: describe(topic.summary),
      section: 'topics',
      breadcrumbs: [
        { href: '/', label: 'Home' },
        { href: '/topics', label: contentTypes.topics.label.plural },
      ],
      body: await withContent(api, <TopicView topic={topic} related={related} />),
    };
  },
  async listPaths(api) {
    const topics = await loadAll<ToolkitTopic>(api, '/topics', ToolkitTopicSchema);
    return topics.map((topic) => `/topics/${topic.slug}`);
  },
};
