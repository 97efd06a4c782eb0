import type { RiskAreaInput } from '../../domain/risk-area.js';
import { accountabilityAcrossOrganisations } from './accountability-across-organisations.js';
import { confidentialityAndSafeguarding } from './confidentiality-and-safeguarding.js';
import { emotionalDemands } from './emotional-demands.js';
import { formalRiskManagement } from './formal-risk-management.js';
import { protectionRestrictingSharing } from './protection-restricting-sharing.js';
import { roleDrift } from './role-drift.js';

export const riskAreas: RiskAreaInput[] = [
  emotionalDemands,
  protectionRestrictingSharing,
  formalRiskManagement,
  confidentialityAndSafeguarding,
  roleDrift,
  accountabilityAcrossOrganisations,
];
