import { EvidenceReferenceSchema } from '../../evidence/evidence-reference.js';
import { collectEvidenceLists } from '../../schema/walk-schema.js';
import { contentTypeKeys, contentTypes } from '../content-registry.js';
import type { BundleProblem, IntegrityRule } from './integrity-rule.js';

/**
 * A claim labelled "research finding" must cite the toolkit's own research programme. Other
 * studies, reviews and frameworks are "related evidence", so readers can tell the two apart.
 */
export const checkFindingSources: IntegrityRule = (bundle) => {
  const programme = new Set(
    bundle.publications.filter((p) => p.isProgrammeResearch).map((p) => p.id),
  );
  const known = new Set(bundle.publications.map((p) => p.id));
  const problems: BundleProblem[] = [];
  for (const key of contentTypeKeys) {
    const { schema } = contentTypes[key];
    (bundle[key] as unknown[]).forEach((item, index) => {
      for (const { path, list } of collectEvidenceLists(schema, item)) {
        list.forEach((entry, position) => {
          const reference = EvidenceReferenceSchema.parse(entry);
          // Unknown publications are reported by the reference rule.
          if (reference.strength !== 'research-finding' || !known.has(reference.publicationId))
            return;
          if (programme.has(reference.publicationId)) return;
          problems.push({
            rule: 'finding-source',
            path: [key, index, ...path, position, 'strength'],
            message: `"${reference.publicationId}" is not from the toolkit’s research programme, so label this related evidence`,
          });
        });
      }
    });
  }
  return problems;
};
