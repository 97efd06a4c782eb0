import type { ProblemIssue } from '../../errors/problem-details.js';
import type { ContentBundle } from '../content-bundle.js';

/** Names of the integrity rules, as reported in each problem's `rule`. */
export type IntegrityRuleName =
  | 'unique-id'
  | 'unique-slug'
  | 'unique-doi'
  | 'broken-reference'
  | 'unknown-publication'
  | 'missing-evidence'
  | 'finding-source'
  | 'orphan-node'
  | 'outcome-link';

export type BundleProblem = ProblemIssue & { rule: IntegrityRuleName };

/** A rule reads a schema-valid bundle and returns every problem it finds. */
export type IntegrityRule = (bundle: ContentBundle) => BundleProblem[];
