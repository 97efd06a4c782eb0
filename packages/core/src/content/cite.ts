import type { EvidenceReference, EvidenceStrength } from '../evidence/evidence-reference.js';
import type { PublicationId } from './publications.js';

/** One evidence reference, typed so that only known publications can be cited. */
export function cite(
  publicationId: PublicationId,
  strength: EvidenceStrength,
  locator?: string,
): EvidenceReference {
  return locator === undefined ? { publicationId, strength } : { publicationId, strength, locator };
}
