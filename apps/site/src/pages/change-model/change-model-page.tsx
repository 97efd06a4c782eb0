import { ChangeModelGraphSchema, pageOf, ToolkitTopicSchema } from '@peer-toolkit/core';
import {
  ChangeModelView,
  ContentsList,
  changeModelSections,
  InsetText,
  useContent,
} from '@peer-toolkit/ui';
import type { PageRoute } from '../../render/page.js';
import { withContent } from '../../render/with-content.js';

/** The change model paper, found by its DOI so an edited slug or id does not break the link. */
const CHANGE_MODEL_DOI = '10.1017/S2045796014000407';

function ChangeModelPaperLink() {
  const { publications, linkTo } = useContent();
  const paper = [...publications.values()].find(
    (publication) => publication.doi?.toLowerCase() === CHANGE_MODEL_DOI.toLowerCase(),
  );
  const text = 'a study by Steve Gillard and colleagues, published in 2015';
  return paper ? <a href={linkTo('publications', paper.slug)}>{text}</a> : text;
}

function Intro() {
  return (
    <section aria-labelledby="cm-about">
      <h2 id="cm-about">About the change model</h2>
      <p>
        Peer work brings about change in three main ways. The research calls these change
        mechanisms. Things about the organisation can help them work (enablers) or get in their way
        (constraints). The mechanisms may lead to outcomes: process outcomes happen during the peer
        work itself, and downstream outcomes may follow later.
      </p>
      <p>
        The three mechanisms come from <ChangeModelPaperLink />. The researchers analysed 71
        interviews with peer workers, people using services, staff and managers in 10 peer worker
        projects across England. The organisational conditions come from the same research group’s
        other studies, including later work on putting peer support into practice. The outcomes are
        those the wider evidence points to.
      </p>
      <InsetText>
        <p>
          The links between the parts of this model show how this toolkit reads the evidence. They
          have not been tested as pathways, and the outcomes are not the paper’s own figure. Each
          part of the model shows its evidence and how strong it is.
        </p>
      </InsetText>
      <h3 id="cm-how-to-use">How to use it</h3>
      <p>
        Go through the model with peer workers, people who use services, team colleagues and
        managers. Talk about which enablers are in place in your organisation and which constraints
        might get in the way. Each condition links to the toolkit topics that help you act on it.
      </p>
    </section>
  );
}

export const changeModelRoute: PageRoute = {
  path: '/change-model',
  async render({ api }) {
    const [graph, topics] = await Promise.all([
      api.get('/change-model', ChangeModelGraphSchema),
      api.get('/topics?pageSize=100', pageOf(ToolkitTopicSchema)),
    ]);
    const topicLookup = new Map(
      topics.items.map((topic) => [topic.id, { title: topic.title, slug: topic.slug }]),
    );
    return {
      title: 'How peer work helps: the change model',
      description:
        'How peer workers bring about change in mental health services, what in an organisation helps or gets in the way, and the outcomes the evidence points to.',
      section: 'change-model',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      scripts: ['change-model'],
      body: await withContent(
        api,
        <>
          <h1>How peer work helps</h1>
          <p className="ptk-lead">
            The change model shows how peer workers may bring about change for the people they
            support, and what in an organisation helps or gets in the way.
          </p>
          <ContentsList
            items={[{ id: 'cm-about', label: 'About the change model' }, ...changeModelSections]}
          />
          <Intro />
          <ChangeModelView graph={graph} topics={topicLookup} />
        </>,
      ),
    };
  },
};
