import {
  type EvidenceReference,
  type EvidenceStrength,
  evidenceStrengthLabels,
  formatShortCitation,
} from '@peer-toolkit/core';
import { useContent } from './content-context.js';

/** The strength of evidence in words, with a style per strength that never carries meaning alone. */
export function StrengthTag({ strength }: { strength: EvidenceStrength }) {
  return (
    <strong className={`ptk-tag ptk-tag--${strength}`}>{evidenceStrengthLabels[strength]}</strong>
  );
}

/** "Research finding: Gillard et al. (2015), p. 440", each citation linking to its publication. */
export function EvidenceList({
  evidence,
  label = 'Evidence',
}: {
  evidence: readonly EvidenceReference[];
  label?: string;
}) {
  const { publications, citations, linkTo } = useContent();
  if (evidence.length === 0) return null;
  return (
    <ul className="ptk-evidence" aria-label={label}>
      {evidence.map((reference, index) => {
        const publication = publications.get(reference.publicationId);
        const citation =
          citations.get(reference.publicationId) ??
          (publication ? formatShortCitation(publication) : reference.publicationId);
        return (
          <li key={`${reference.publicationId}-${index}`}>
            <StrengthTag strength={reference.strength} />{' '}
            {publication ? (
              <a href={linkTo('publications', publication.slug)}>{citation}</a>
            ) : (
              citation
            )}
            {reference.locator ? `, ${reference.locator}` : null}
          </li>
        );
      })}
    </ul>
  );
}
