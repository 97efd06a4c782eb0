import {
  type RelatedContent,
  type RiskArea,
  responsiblePartyLabels,
  riskDirectionLabels,
} from '@peer-toolkit/core';
import { ClaimList } from '../components/claim-list.js';
import { ContentsList, InsetText } from '../components/layout-pieces.js';
import { Markdown } from '../components/markdown.js';
import { EvidenceSection } from './evidence-section.js';
import { RelatedTopicsSection, relatedOf } from './related-links.js';

const parties = Object.keys(responsiblePartyLabels) as (keyof typeof responsiblePartyLabels)[];

/** A risk area, as the public reads it and as the admin previews it. */
export function RiskAreaView({
  riskArea,
  related,
}: {
  riskArea: RiskArea;
  related: RelatedContent;
}) {
  const topics = relatedOf(related.references, 'topics');
  const sections = [
    { id: 'findings', label: 'What the research found', shown: true },
    { id: 'considerations', label: 'What to consider', shown: riskArea.considerations.length > 0 },
    { id: 'actions', label: 'Actions, by who acts', shown: riskArea.actions.length > 0 },
    { id: 'related-topics', label: 'Related toolkit topics', shown: topics.length > 0 },
    {
      id: 'evidence',
      label: 'Evidence',
      shown: riskArea.evidence.length + related.publications.length > 0,
    },
  ].filter((section) => section.shown);

  return (
    <article className="ptk-risk-area">
      <p className="ptk-caption">
        <span className="ptk-visually-hidden">Direction of risk: </span>
        {riskDirectionLabels[riskArea.direction]}
      </p>
      <h1>{riskArea.title}</h1>
      <Markdown source={riskArea.summary} className="ptk-lead" />
      {riskArea.direction === 'organisation' ? (
        <InsetText>
          <p>
            Risk to the organisation is <strong>suggested practice</strong>. The research behind the
            toolkit studied risk to peer workers and to the people they support, not risk to the
            organisation. This guidance applies what that research found.
          </p>
        </InsetText>
      ) : null}
      <ContentsList items={sections} />

      <section aria-labelledby="findings">
        <h2 id="findings">What the research found</h2>
        {riskArea.findings.length > 0 ? (
          <ClaimList claims={riskArea.findings} />
        ) : (
          <p>
            The research did not look at this directly. The guidance below is suggested practice.
          </p>
        )}
      </section>

      {riskArea.considerations.length > 0 ? (
        <section aria-labelledby="considerations">
          <h2 id="considerations">What to consider</h2>
          <ClaimList claims={riskArea.considerations} />
        </section>
      ) : null}

      {riskArea.actions.length > 0 ? (
        <section aria-labelledby="actions">
          <h2 id="actions">Actions, by who acts</h2>
          {parties.map((party) => {
            const actions = riskArea.actions.filter((action) => action.party === party);
            if (actions.length === 0) return null;
            return (
              <div key={party} className="ptk-action-group">
                <h3 id={`actions-${party}`}>{responsiblePartyLabels[party]}</h3>
                <ClaimList claims={actions} />
              </div>
            );
          })}
        </section>
      ) : null}

      <RelatedTopicsSection topics={topics} />

      <EvidenceSection
        evidence={riskArea.evidence}
        publications={related.publications}
        label="Main sources for this risk area"
      />
    </article>
  );
}
