import {
  BUNDLE_FORMAT_VERSION,
  type ContentBundle,
  type ContentBundleInput,
  ContentBundleSchema,
} from '../bundle/content-bundle.js';
import { expectationQuestions, readinessQuestions } from './assessment/index.js';
import { conditions, mechanisms, outcomes } from './change-model/index.js';
import { contexts, principleSets } from './principles/index.js';
import { publications } from './publications.js';
import { riskAreas } from './risk-areas/index.js';
import { roles } from './roles/index.js';
import { topics } from './topics/index.js';

/**
 * The default content as written, before schema defaults are applied. A fresh installation is
 * seeded from it, published.
 */
export const defaultContent: ContentBundleInput = {
  formatVersion: BUNDLE_FORMAT_VERSION,
  topics,
  riskAreas,
  roles,
  mechanisms,
  outcomes,
  conditions,
  principleSets,
  contexts,
  readinessQuestions,
  expectationQuestions,
  publications: [...publications],
};

/** The default content parsed into a bundle, with every schema default filled in. */
export function loadDefaultBundle(): ContentBundle {
  return ContentBundleSchema.parse(defaultContent);
}

export type { PublicationId } from './publications.js';
