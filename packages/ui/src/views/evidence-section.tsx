import type { EvidenceReference, Publication } from '@peer-toolkit/core';
import { EvidenceList } from '../components/evidence.js';
import { ReferenceList } from '../components/publication-citation.js';

/**
 * The closing "Evidence" section of an item's page: its own sources with their strength, then
 * every publication cited anywhere on the page as a reference list. Nothing when there is none.
 */
export function EvidenceSection({
  evidence,
  publications,
  label,
}: {
  evidence: readonly EvidenceReference[];
  publications: readonly Publication[];
  label: string;
}) {
  if (evidence.length + publications.length === 0) return null;
  return (
    <section aria-labelledby="evidence">
      <h2 id="evidence">Evidence</h2>
      <EvidenceList evidence={evidence} label={label} />
      {publications.length > 0 ? (
        <>
          <h3 id="references">References</h3>
          <ReferenceList publications={publications} />
        </>
      ) : null}
    </section>
  );
}
