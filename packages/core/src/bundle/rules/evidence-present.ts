import { collectEvidenceLists } from '../../schema/walk-schema.js';
import { contentTypeKeys, contentTypes } from '../content-registry.js';
import type { BundleProblem, IntegrityRule } from './integrity-rule.js';

/** Every claim-bearing part of every item cites at least one publication. */
export const checkEvidencePresent: IntegrityRule = (bundle) => {
  const problems: BundleProblem[] = [];
  for (const key of contentTypeKeys) {
    const { schema } = contentTypes[key];
    (bundle[key] as unknown[]).forEach((item, index) => {
      for (const { path, list } of collectEvidenceLists(schema, item)) {
        if (list.length > 0) continue;
        problems.push({
          rule: 'missing-evidence',
          path: [key, index, ...path],
          message: 'Add at least one publication as evidence for this',
        });
      }
    });
  }
  return problems;
};
