import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const groupCoFacilitator = {
  id: 'group-co-facilitator',
  slug: 'group-co-facilitator',
  title: 'Co-facilitator of community groups (London)',
  basis: 'studied',
  summary:
    'This is one of three peer worker roles in an earlier study by the same research group. A paid, part-time peer worker helped to run community groups in London. They ran the groups together with another group leader. The study does not list their tasks in detail. Apart from helping to run groups, the tasks below are suggested practice.',
  employmentBasis: ['paid'],
  settings: ['groups', 'community'],
  activities: [
    'Co-facilitates community groups together with another facilitator',
    'Shares their own lived experience in the group, when and how they choose',
    'Helps group members feel welcome and able to talk',
    'Plans and reviews each session with their co-facilitator',
    'Helps people find other groups and activities in their community',
  ],
  hours:
    'Paid, part-time; the study does not report the exact hours. Suggested practice: agree a set weekly pattern, as for other staff.',
  livedExperience:
    'The study does not report what lived experience the role asked for.\n\nSuggested practice: ask for personal experience of mental health problems and the wish to use it to support others. Each peer worker decides how much of their story to share. Recruit formally, with a written role description: the study found that without formal recruitment, different ideas about the role only came out at the selection stage.',
  training:
    'The study does not describe the training for this role. Across its three sites, it found that protective boundaries kept in place through training and supervision could hold back a distinct peer way of working.\n\nSuggested practice: train the peer worker in running groups with a co-facilitator, and in sharing lived experience safely and on their own terms. Prepare the staff they work with as well, so everyone expects the same things of the role.',
  supervision:
    'The study does not say who supervised or line managed this role. It did find that flexible working arrangements for peer workers could, without meaning to, keep the team’s existing hierarchy (who has the most say) in place.\n\nSuggested practice: give regular supervision (protected time to talk through the work) from someone who understands peer work. Include the peer worker in planning and team meetings, like other staff.',
  mechanismIds: [
    'trusting-relationships',
    'role-modelling-recovery',
    'engaging-with-services-and-community',
  ],
  relatedTopicIds: [
    'recruitment-and-selection',
    'role-definition',
    'supervision-and-support',
    'sharing-lived-experience',
  ],
  evidence: [
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('sgul-2015-toolkit', 'suggested-practice'),
    cite('gillard-2024-implementing', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
  ],
} satisfies PeerWorkerRoleInput;
