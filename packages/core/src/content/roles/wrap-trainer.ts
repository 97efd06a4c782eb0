import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const wrapTrainer = {
  id: 'wrap-trainer',
  slug: 'wrap-trainer',
  title: 'WRAP trainer (South of England)',
  basis: 'studied',
  summary:
    'This is one of three peer worker roles in an earlier study by the research group. A paid, part-time peer worker in the South of England trained people in Wellness Recovery Action Planning (WRAP). The study does not list the tasks in detail, so apart from delivering WRAP training, the activities below are suggested practice.',
  employmentBasis: ['paid'],
  settings: ['recovery-education'],
  activities: [
    'Delivers training in Wellness Recovery Action Planning (WRAP)',
    'Uses their own experience of recovery, as they choose, to show that living well is possible',
    'Supports learners to make plans that are truly their own, without telling them what to do',
    'Co-delivers sessions with another trainer where that suits the group',
    'Helps learners find further support and activities in their community',
  ],
  hours:
    'Paid, part-time; the study does not report the exact hours. Suggested practice: agree a set pattern, with paid time to prepare each session.',
  livedExperience:
    'The study does not report what lived experience the role asked for.\n\nSuggested practice: ask for personal experience of mental health problems and of recovery, and the wish to use it to help others plan for their own wellbeing. The trainer decides what to share. Recruit formally, with a written role description: the study found that without formal recruitment, different ideas about the role only came out at the selection stage.',
  training:
    'The study does not describe the training for this role. Across its three sites, it found that protective boundaries kept in place through training and supervision could hold back a distinct peer way of working.\n\nSuggested practice: make sure the trainer is trained to deliver WRAP, and in running groups. Include sharing lived experience on their own terms, and what to do if a learner becomes distressed.',
  supervision:
    'The study does not say who supervised or line managed this role. It did find that flexible working arrangements for peer workers could, without meaning to, keep the team’s existing hierarchy (who has the most say) in place.\n\nSuggested practice: give regular supervision (protected time to talk through the work) from someone who understands peer work and recovery education. Involve the trainer in decisions about the courses, not just in delivering them.',
  mechanismIds: ['role-modelling-recovery', 'engaging-with-services-and-community'],
  relatedTopicIds: [
    'training',
    'recruitment-and-selection',
    'supervision-and-support',
    'pay-and-conditions',
  ],
  evidence: [
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('gillard-2017-principles', 'suggested-practice'),
    cite('repper-2013-imroc-theory-practice', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
  ],
} satisfies PeerWorkerRoleInput;
