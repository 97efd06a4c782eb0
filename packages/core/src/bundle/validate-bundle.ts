import { issuesFromZod } from '../errors/app-error.js';
import type { ProblemIssue } from '../errors/problem-details.js';
import { type ContentBundle, ContentBundleSchema } from './content-bundle.js';
import { checkNoOrphanNodes, checkOutcomeLinks } from './rules/change-model-links.js';
import { checkEvidencePresent } from './rules/evidence-present.js';
import { checkFindingSources } from './rules/finding-source.js';
import type { IntegrityRule } from './rules/integrity-rule.js';
import { checkReferencesResolve } from './rules/references-resolve.js';
import { checkUniqueDois, checkUniqueIdentifiers } from './rules/unique-identifiers.js';

export const integrityRules: readonly IntegrityRule[] = [
  checkUniqueIdentifiers,
  checkUniqueDois,
  checkReferencesResolve,
  checkEvidencePresent,
  checkFindingSources,
  checkNoOrphanNodes,
  checkOutcomeLinks,
];

export type BundleValidation =
  | { ok: true; bundle: ContentBundle; problems: [] }
  | { ok: false; problems: ProblemIssue[] };

/**
 * Checks a whole bundle: first its shape against the schemas, then, when the shape is right,
 * every integrity rule. It reports all problems, each with the path to the offending field.
 */
export function validateBundle(input: unknown): BundleValidation {
  const parsed = ContentBundleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: issuesFromZod(parsed.error) };
  const problems = integrityRules.flatMap((rule) => rule(parsed.data));
  return problems.length === 0
    ? { ok: true, bundle: parsed.data, problems: [] }
    : { ok: false, problems };
}
