import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { artsCoFacilitator } from './arts-co-facilitator.js';
import { communityTeamPeerWorker } from './community-team-peer-worker.js';
import { crisisPeerWorker } from './crisis-peer-worker.js';
import { groupCoFacilitator } from './group-co-facilitator.js';
import { inpatientDischargePeerWorker } from './inpatient-discharge-peer-worker.js';
import { recoveryCollegePeerTrainer } from './recovery-college-peer-trainer.js';
import { voluntarySectorPeerSupporter } from './voluntary-sector-peer-supporter.js';
import { wrapTrainer } from './wrap-trainer.js';

export const roles: PeerWorkerRoleInput[] = [
  groupCoFacilitator,
  wrapTrainer,
  artsCoFacilitator,
  inpatientDischargePeerWorker,
  communityTeamPeerWorker,
  crisisPeerWorker,
  recoveryCollegePeerTrainer,
  voluntarySectorPeerSupporter,
];
