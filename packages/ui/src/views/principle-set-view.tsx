import type { PrincipleSet, Publication } from '@peer-toolkit/core';
import { useContent } from '../components/content-context.js';
import { EvidenceList } from '../components/evidence.js';
import { Tag } from '../components/layout-pieces.js';
import { Markdown } from '../components/markdown.js';
import { PublicationCitation } from '../components/publication-citation.js';

/**
 * One published set of principles, kept as its authors grouped it, with its source. The section
 * carries the set's slug as its id, which is where links to the set point.
 */
export function PrincipleSetView({ set }: { set: PrincipleSet }) {
  const { publications } = useContent();
  const main = set.principles.filter((principle) => !principle.crossCutting);
  const crossCutting = set.principles.filter((principle) => principle.crossCutting);
  const sources = [...new Set(set.evidence.map((reference) => reference.publicationId))].flatMap(
    (id) => {
      const publication = publications.get(id);
      return publication ? [publication] : [];
    },
  );
  const titleId = `${set.slug}-title`;

  return (
    <section id={set.slug} className="ptk-principle-set" aria-labelledby={titleId}>
      <h2 id={titleId}>{set.title}</h2>
      <Markdown source={set.summary} />
      <ol className="ptk-principles">
        {main.map((principle) => (
          <li key={principle.title} className="ptk-principle">
            <p className="ptk-principle__title">{principle.title}</p>
            <Markdown source={principle.description} />
          </li>
        ))}
      </ol>
      {crossCutting.length > 0 ? (
        <>
          <p>And running through all of them:</p>
          <ul className="ptk-principles ptk-principles--cross-cutting">
            {crossCutting.map((principle) => (
              <li key={principle.title} className="ptk-principle">
                <p className="ptk-principle__title">
                  {principle.title} <Tag tone="purple">Cross-cutting</Tag>
                </p>
                <Markdown source={principle.description} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 id={`${set.slug}-source`}>Source</h3>
      {sources.length > 0 ? (
        <ul className="ptk-list ptk-list--plain ptk-principle-set__sources">
          {sources.map((publication: Publication) => (
            <li key={publication.id}>
              <PublicationCitation publication={publication} />
            </li>
          ))}
        </ul>
      ) : null}
      <EvidenceList evidence={set.evidence} label={`Evidence for ${set.title}`} />
    </section>
  );
}
