import {
  type RelatedContent,
  type RelatedItem,
  stakeholderGroupLabels,
  stakeholderGroups,
  type ToolkitTopic,
} from '@peer-toolkit/core';
import { ClaimList } from '../components/claim-list.js';
import { useContent } from '../components/content-context.js';
import { ContentsList } from '../components/layout-pieces.js';
import { Markdown } from '../components/markdown.js';
import { EvidenceSection } from './evidence-section.js';

function RelatedLinks({
  items,
  heading,
  id,
}: {
  items: readonly RelatedItem[];
  heading: string;
  id: string;
}) {
  const { linkTo } = useContent();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className="ptk-list">
        {items.map((item) => (
          <li key={`${item.collection}:${item.id}`}>
            <a href={linkTo(item.collection as never, item.slug ?? item.id)}>{item.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A toolkit topic, as the public reads it and as the admin previews it. */
export function TopicView({ topic, related }: { topic: ToolkitTopic; related: RelatedContent }) {
  const byCollection = (collection: string) =>
    related.referencedBy.filter((item) => item.collection === collection);
  const risks = byCollection('riskAreas');
  const roles = byCollection('roles');
  const conditions = byCollection('conditions');
  const sections = [
    { id: 'findings', label: 'What the research found', shown: topic.findings.length > 0 },
    { id: 'questions', label: 'Questions to discuss together', shown: true },
    { id: 'actions', label: 'Suggested actions', shown: topic.suggestedActions.length > 0 },
    {
      id: 'related',
      label: 'Related guidance',
      shown: risks.length + roles.length + conditions.length > 0,
    },
    { id: 'evidence', label: 'Evidence', shown: related.publications.length > 0 },
  ].filter((section) => section.shown);

  return (
    <article className="ptk-topic">
      <h1>{topic.title}</h1>
      <Markdown source={topic.summary} className="ptk-lead" />
      <ContentsList items={sections} />

      {topic.findings.length > 0 ? (
        <section aria-labelledby="findings">
          <h2 id="findings">What the research found</h2>
          <ClaimList claims={topic.findings} />
        </section>
      ) : null}

      <section aria-labelledby="questions">
        <h2 id="questions">Questions to discuss together</h2>
        <p>
          Talk these through with peer workers, people who use services, team colleagues and
          managers, so that everyone shares the same expectations of the role.
        </p>
        {stakeholderGroups.map((group) => {
          const questions = topic.discussionQuestions[group];
          if (questions.length === 0) return null;
          return (
            <div key={group} className="ptk-question-group">
              <h3 id={`questions-${group}`}>For {stakeholderGroupLabels[group].toLowerCase()}</h3>
              <ul className="ptk-list">
                {questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      {topic.suggestedActions.length > 0 ? (
        <section aria-labelledby="actions">
          <h2 id="actions">Suggested actions</h2>
          <ClaimList claims={topic.suggestedActions} />
        </section>
      ) : null}

      {risks.length + roles.length + conditions.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">Related guidance</h2>
          <RelatedLinks items={risks} heading="Risk guidance" id="related-risks" />
          <RelatedLinks items={roles} heading="Peer worker roles" id="related-roles" />
          <RelatedLinks items={conditions} heading="In the change model" id="related-conditions" />
        </section>
      ) : null}

      <EvidenceSection
        evidence={topic.evidence}
        publications={related.publications}
        label="Main sources for this topic"
      />
    </article>
  );
}
