import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const recoveryCollegePeerTrainer = {
  id: 'recovery-college-peer-trainer',
  slug: 'recovery-college-peer-trainer',
  title: 'Peer trainer in a recovery college',
  basis: 'illustrative',
  summary:
    'This is an illustrative example, not a role the research studied. At a recovery college, people take courses to learn about mental health and recovery. They learn side by side. The peer trainer teaches with a trainer who has a professional background. So learners hear both kinds of knowledge.',
  sector: 'partnership',
  employmentBasis: ['sessional'],
  settings: ['recovery-education', 'groups'],
  activities: [
    'Co-produces courses, which means designing them as equals with trainers who have professional experience',
    'Co-delivers sessions, sharing lived experience where it helps learning',
    'Creates a welcoming group where every learner’s experience is valued',
    'Helps learners find next steps, such as other courses, groups or volunteering',
    'Reviews courses with learners and improves them',
  ],
  hours:
    'Sessional, paid per session, including paid time to plan and review. Pay at the same rate as co-trainers for the same work.',
  livedExperience:
    'Personal experience of mental health problems and recovery. A team of peer trainers with different backgrounds and experiences helps more learners find someone they connect with.',
  training:
    'Training in teaching adults and running groups, in co-producing courses, and in sharing lived experience in a teaching setting on the trainer’s own terms. Include basic knowledge of confidentiality and safeguarding, and what to do if a learner becomes distressed.',
  supervision:
    'Sessional workers can slip through the gaps. Offer regular supervision or group reflection, paid time to attend, and a named contact. Include peer trainers in planning meetings: earlier research found that flexible working arrangements can, without meaning to, leave peer workers with less say than other staff.',
  mechanismIds: ['role-modelling-recovery', 'engaging-with-services-and-community'],
  relatedTopicIds: [
    'pay-and-conditions',
    'training',
    'sharing-lived-experience',
    'staying-true-to-principles',
  ],
  evidence: [
    cite('gillard-2017-principles', 'suggested-practice'),
    cite('gillard-2013-team-roles', 'related-evidence'),
    cite('sgul-2015-toolkit', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
    cite('repper-2013-imroc-theory-practice', 'suggested-practice'),
  ],
} satisfies PeerWorkerRoleInput;
