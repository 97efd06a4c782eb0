import { labelCitations, type Publication, type PublicationKind } from '@peer-toolkit/core';
import { ContentsList, Markdown, PublicationCitation, StrengthTag } from '@peer-toolkit/ui';
import { loadPublications } from '../../api/content-lookups.js';
import type { PageRoute } from '../../render/page.js';

const kindLabels: Record<PublicationKind, string> = {
  'journal-article': 'Journal article',
  report: 'Research report',
  toolkit: 'Toolkit',
  briefing: 'Briefing paper',
  framework: 'Framework',
  handbook: 'Handbook',
};

/** Oldest first, as a research programme unfolds; undated items last. */
export function byYearThenAuthor(a: Publication, b: Publication): number {
  const year = (a.year ?? 9999) - (b.year ?? 9999);
  if (year !== 0) return year;
  return (a.authors[0] ?? '').localeCompare(b.authors[0] ?? '') || a.title.localeCompare(b.title);
}

/** The programme's own papers first, then everything else the guidance cites. */
export function groupPublications(publications: readonly Publication[]) {
  const sorted = [...publications].sort(byYearThenAuthor);
  return {
    programme: sorted.filter((publication) => publication.isProgrammeResearch),
    related: sorted.filter((publication) => !publication.isProgrammeResearch),
  };
}

function PublicationList({
  publications,
  citations,
}: {
  publications: readonly Publication[];
  citations: ReadonlyMap<string, string>;
}) {
  return (
    <ol className="ptk-publication-list">
      {publications.map((publication) => (
        <li key={publication.id} id={publication.slug} className="ptk-publication">
          {/* The short form evidence links use elsewhere, so a reader arriving here finds it. */}
          <h3>{citations.get(publication.id)}</h3>
          <p className="ptk-publication__kind">{kindLabels[publication.kind]}</p>
          <p className="ptk-publication__reference">
            <PublicationCitation publication={publication} />
          </p>
          <Markdown source={publication.summary} className="ptk-publication__summary" />
        </li>
      ))}
    </ol>
  );
}

export const publicationsRoute: PageRoute = {
  path: '/research/publications',
  async render({ api }) {
    const publications = [...(await loadPublications(api)).values()];
    const citations = labelCitations(publications);
    const { programme, related } = groupPublications(publications);
    return {
      title: 'Publications',
      description:
        'Every publication the toolkit’s guidance cites, with full references and DOI links: the research programme’s own papers and related evidence.',
      section: 'about',
      breadcrumbs: [
        { href: '/', label: 'Home' },
        { href: '/research', label: 'About the research' },
      ],
      body: (
        <>
          <h1>Publications</h1>
          <p className="ptk-lead">
            Every publication the guidance on this site cites, with a full reference and, where it
            has one, a DOI link to read it.
          </p>
          <ContentsList
            items={[
              { id: 'strength', label: 'How we label the strength of evidence' },
              { id: 'programme', label: 'Papers from the research programme' },
              { id: 'related', label: 'Related evidence' },
            ]}
          />

          <section aria-labelledby="strength">
            <h2 id="strength">How we label the strength of evidence</h2>
            <p>Each claim on this site carries one of three labels, with its source:</p>
            <dl className="ptk-strength-list">
              <div>
                <dt>
                  <StrengthTag strength="research-finding" />
                </dt>
                <dd>
                  Reported by the research programme behind the toolkit: its case studies and the
                  study that led to them.
                </dd>
              </div>
              <div>
                <dt>
                  <StrengthTag strength="related-evidence" />
                </dt>
                <dd>
                  From other studies, reviews, principles and frameworks, including later work by
                  the same group.
                </dd>
              </div>
              <div>
                <dt>
                  <StrengthTag strength="suggested-practice" />
                </dt>
                <dd>
                  Practical advice drawn from the evidence. It has not itself been tested, so adapt
                  it to your own setting.
                </dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="programme">
            <h2 id="programme">Papers from the research programme</h2>
            <p>
              These come from the research the toolkit is built on. Only these can back a claim
              labelled research finding.
            </p>
            <PublicationList publications={programme} citations={citations} />
          </section>

          <section aria-labelledby="related">
            <h2 id="related">Related evidence</h2>
            <p>
              The original toolkit, later studies, reviews, principles, briefings and frameworks
              that the guidance also draws on.
            </p>
            <PublicationList publications={related} citations={citations} />
          </section>
        </>
      ),
    };
  },
};
