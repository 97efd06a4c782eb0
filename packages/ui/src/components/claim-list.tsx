import type { Claim } from '@peer-toolkit/core';
import { EvidenceList } from './evidence.js';
import { Markdown } from './markdown.js';

/** Statements with their evidence, such as findings or suggested actions. */
export function ClaimList({ claims, className }: { claims: readonly Claim[]; className?: string }) {
  if (claims.length === 0) return null;
  return (
    <ul className={className ? `ptk-claims ${className}` : 'ptk-claims'}>
      {claims.map((claim, index) => (
        <li key={index} className="ptk-claim">
          <Markdown source={claim.text} />
          <EvidenceList evidence={claim.evidence} />
        </li>
      ))}
    </ul>
  );
}
