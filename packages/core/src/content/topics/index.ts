import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { distinctiveRole } from './distinctive-role.js';
import { managingRisk } from './managing-risk.js';
import { payAndConditions } from './pay-and-conditions.js';
import { recruitmentAndSelection } from './recruitment-and-selection.js';
import { roleDefinition } from './role-definition.js';
import { sharedExpectations } from './shared-expectations.js';
import { sharingLivedExperience } from './sharing-lived-experience.js';
import { stayingTrueToPrinciples } from './staying-true-to-principles.js';
import { supervisionAndSupport } from './supervision-and-support.js';
import { teamPreparation } from './team-preparation.js';
import { training } from './training.js';
import { workingAcrossOrganisations } from './working-across-organisations.js';

/** The toolkit topics in reading order. */
export const topics: ToolkitTopicInput[] = [
  distinctiveRole,
  sharedExpectations,
  roleDefinition,
  recruitmentAndSelection,
  training,
  teamPreparation,
  supervisionAndSupport,
  payAndConditions,
  sharingLivedExperience,
  managingRisk,
  workingAcrossOrganisations,
  stayingTrueToPrinciples,
];
