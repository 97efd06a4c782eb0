import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const voluntarySectorPeerSupporter = {
  id: 'voluntary-sector-peer-supporter',
  slug: 'voluntary-sector-peer-supporter',
  title: 'Peer supporter in a voluntary sector organisation',
  basis: 'illustrative',
  summary:
    'This is an illustrative example, not a role the research studied. A peer supporter works for a local charity or community group. They offer peer support one-to-one and in groups. In each type of setting it looked at, the research found good practice in hiring and training. That included the voluntary sector, such as charities.',
  sector: 'voluntary',
  employmentBasis: ['voluntary', 'paid'],
  settings: ['community', 'groups', 'online'],
  activities: [
    'Offers one-to-one peer support, in person or online',
    'Runs or co-runs peer support groups',
    'Helps people connect with local community groups, activities and services',
    'Helps people understand their options in mental health services and get the most from them',
    'Shares lived experience in ways the peer supporter chooses',
  ],
  hours:
    'Paid part-time posts or unpaid volunteer places with expenses paid; agree a regular pattern either way.',
  livedExperience:
    'Personal experience of mental health problems. Some organisations also look for shared experience of a particular community, identity or service, because shared ground helps people connect. The peer supporter decides what to share.',
  training:
    'Training in the principles of peer support, listening and building relationships, boundaries and sharing lived experience, and confidentiality and safeguarding. Unpaid peer supporters should get the same core training as paid ones.',
  supervision:
    'Regular supervision from an experienced peer worker or coordinator. Be open about pay: if some peer supporters are unpaid, explain why, pay expenses and offer routes into paid roles. Respecting peer workers’ skills includes fair pay.\n\nIf the organisation works closely with NHS teams, agree in writing who is responsible for what.',
  mechanismIds: [
    'trusting-relationships',
    'role-modelling-recovery',
    'engaging-with-services-and-community',
  ],
  relatedTopicIds: [
    'pay-and-conditions',
    'working-across-organisations',
    'supervision-and-support',
    'recruitment-and-selection',
  ],
  evidence: [
    cite('gillard-2015-organisational-contexts', 'related-evidence'),
    cite('sgul-2015-toolkit', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
    cite('gillard-2017-principles', 'suggested-practice'),
    cite('gillard-2015-change-model', 'suggested-practice'),
    cite('gillard-2024-implementing', 'suggested-practice'),
  ],
} satisfies PeerWorkerRoleInput;
