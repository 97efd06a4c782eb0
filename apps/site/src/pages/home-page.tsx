import { pageOf, ToolkitTopicSchema } from '@peer-toolkit/core';
import { InsetText } from '@peer-toolkit/ui';
import type { PageRoute } from '../render/page.js';

const audiences = [
  {
    title: 'Managers and commissioners',
    text: 'Plan a peer worker role that works: what to agree first, how to recruit, train and support.',
    href: '/topics',
    link: 'Start with the toolkit topics',
  },
  {
    title: 'Peer workers',
    text: 'What the research says about the role, sharing your lived experience, supervision and risk.',
    href: '/topics/sharing-lived-experience',
    link: 'Read about sharing lived experience',
  },
  {
    title: 'Clinicians and team colleagues',
    text: 'How peer work helps people, and how teams can prepare for and work alongside peer workers.',
    href: '/change-model',
    link: 'See how peer work brings change',
  },
  {
    title: 'People who use services',
    text: 'What peer workers do and what you can expect from them, and how to have a say in the role.',
    href: '/roles',
    link: 'Look at peer worker roles',
  },
];

export const homeRoute: PageRoute = {
  path: '/',
  async render({ api }) {
    const topics = (await api.get('/topics?pageSize=100', pageOf(ToolkitTopicSchema))).items;
    return {
      title: 'Peer Worker Toolkit',
      description:
        'Evidence-based guidance for organisations introducing peer worker roles into mental health services.',
      section: 'home',
      body: (
        <>
          <h1>Introducing peer workers into mental health services</h1>
          <p className="ptk-lead">
            Peer workers have lived experience of mental health problems and use it to support
            others. This toolkit helps organisations plan, introduce and support peer worker roles
            so that they work.
          </p>
          <InsetText>
            <p>
              The guidance comes from research in 10 peer worker projects across England, in the NHS
              and the voluntary sector, and from the studies that followed. Every claim shows its
              evidence and how strong it is.
            </p>
          </InsetText>
          <div className="ptk-button-group">
            <a href="/self-assessment" className="ptk-button">
              Check how ready your organisation is
            </a>
          </div>

          <h2>Where to start</h2>
          <div className="ptk-grid ptk-grid--2">
            {audiences.map((audience, index) => (
              <section
                className="ptk-card"
                key={audience.title}
                aria-labelledby={`audience-${index}`}
              >
                <h3 id={`audience-${index}`}>{audience.title}</h3>
                <p>{audience.text}</p>
                <p>
                  <a href={audience.href}>{audience.link}</a>
                </p>
              </section>
            ))}
          </div>

          <h2>The toolkit topics</h2>
          <ol className="ptk-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={`/topics/${topic.slug}`}>{topic.title}</a>
              </li>
            ))}
          </ol>

          <h2>Plan the role together</h2>
          <p>
            The research found that peer worker roles work best when everyone involved expects the
            same things of them. The <a href="/shared-expectations">shared expectations exercise</a>{' '}
            lets each person answer a few statements and then compares everyone’s answers to show
            where expectations differ.
          </p>
        </>
      ),
    };
  },
};
