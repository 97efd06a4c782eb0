import type { OrganisationalContext } from '@peer-toolkit/core';
import { ClaimList } from '../components/claim-list.js';
import { EvidenceList } from '../components/evidence.js';
import { Markdown } from '../components/markdown.js';

/**
 * One organisational context the research compared, under a heading of the given level so it can
 * sit inside a longer page. The section carries the context's slug as its id.
 */
export function ContextView({
  context,
  headingLevel = 2,
}: {
  context: OrganisationalContext;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Subheading = headingLevel === 2 ? 'h3' : 'h4';
  const titleId = `${context.slug}-title`;
  return (
    <section id={context.slug} className="ptk-context" aria-labelledby={titleId}>
      <Heading id={titleId}>{context.title}</Heading>
      <Markdown source={context.summary} />
      {context.findings.length > 0 ? (
        <>
          <Subheading id={`${context.slug}-findings`}>What the research found</Subheading>
          <ClaimList claims={context.findings} />
        </>
      ) : null}
      <EvidenceList evidence={context.evidence} label={`Main sources on ${context.title}`} />
    </section>
  );
}
