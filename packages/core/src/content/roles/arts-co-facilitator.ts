import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const artsCoFacilitator = {
  id: 'arts-co-facilitator',
  slug: 'arts-co-facilitator',
  title: 'Co-facilitator of community arts projects (North of England)',
  basis: 'studied',
  summary:
    'This is one of three peer worker roles in an earlier study by the research group. In the North of England, peer workers helped to run community arts projects, some unpaid and some in part-time paid posts. The study does not list the tasks in detail, so apart from co-facilitating the projects, the activities below are suggested practice.',
  employmentBasis: ['voluntary', 'paid'],
  settings: ['arts-and-creative', 'community'],
  activities: [
    'Co-facilitates community arts projects with another facilitator',
    'Welcomes new members and helps them settle into the group',
    'Shares their own lived experience, when and how they choose',
    'Encourages people to try things and build on their strengths',
    'Helps people link up with other community activities and services',
  ],
  hours:
    'Unpaid, or paid part-time; the study does not report the exact hours. Suggested practice: agree a clear pattern, and pay expenses for unpaid work.',
  livedExperience:
    'The study does not report what lived experience the role asked for.\n\nSuggested practice: ask for personal experience of mental health problems and an interest in creative activity; artistic skill can be learnt alongside the role. Each peer worker decides how much of their story to share. Recruit formally, even for unpaid places: the study found that without formal recruitment, different ideas about the role only came out at the selection stage.',
  training:
    'The study does not describe the training for this role. Across its three sites, it found that protective boundaries kept in place through training and supervision could hold back a distinct peer way of working.\n\nSuggested practice: offer the same core training to unpaid and paid peer workers, covering running groups, sharing lived experience on their own terms, and confidentiality and safeguarding.',
  supervision:
    'The study does not say who supervised or line managed this role. It did find that flexible working arrangements for peer workers could, without meaning to, keep the team’s existing hierarchy (who has the most say) in place.\n\nSuggested practice: give every peer worker, paid or unpaid, regular supervision (protected time to talk through the work) and a named person to go to. Be open about why some places are paid and others are not, since respect for peer workers’ skills includes fair pay.',
  mechanismIds: [
    'trusting-relationships',
    'role-modelling-recovery',
    'engaging-with-services-and-community',
  ],
  relatedTopicIds: [
    'pay-and-conditions',
    'recruitment-and-selection',
    'supervision-and-support',
    'sharing-lived-experience',
  ],
  evidence: [
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('sgul-2015-toolkit', 'suggested-practice'),
    cite('gillard-2017-principles', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
  ],
} satisfies PeerWorkerRoleInput;
