import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const communityTeamPeerWorker = {
  id: 'community-team-peer-worker',
  slug: 'community-team-peer-worker',
  title: 'Peer worker in a community mental health team',
  basis: 'illustrative',
  summary:
    'This is an illustrative example, not a role the research studied. The peer worker offers one-to-one peer support as part of an NHS community mental health team. Its strength is a different kind of relationship, which lasts only while the role stays distinct.',
  sector: 'statutory',
  employmentBasis: ['paid'],
  settings: ['community'],
  activities: [
    'Offers one-to-one peer support, built on shared lived experience, to people the team supports',
    'Meets people in places they choose, such as at home or in a community venue',
    'Helps people explore their own goals and strengths, without directing them',
    'Supports people to link up with community groups, activities and other services',
    'Brings a peer view to team meetings and helps colleagues understand peer support',
  ],
  hours:
    'Paid, on the same terms and pay scales as comparable roles in the team; part-time or full-time by agreement.',
  livedExperience:
    'Personal experience of mental health problems and of using services. Ask about it openly and positively when you recruit, and involve people with lived experience in choosing who to appoint. The peer worker decides how and when to share their story.',
  training:
    'Peer support training built on the principles of peer support, including boundaries and sharing lived experience on the peer worker’s own terms.\n\nAlso cover how the team works: confidentiality, consent, safeguarding, self-harm and suicide prevention, the peer worker’s agreed part in risk processes, and whether they have access to notes.\n\nPrepare the whole team before the peer worker starts. Agree what the role is for and how it differs from other roles. In the research, ideas of “professionalism” sometimes wore away what made the peer role distinct.',
  supervision:
    'Line management from the team manager, plus regular supervision from someone with experience of peer work. Supervision should help the peer worker stay in control of how they share, not only set limits. Review the role description each year so the job does not drift into general support work.',
  mechanismIds: [
    'trusting-relationships',
    'role-modelling-recovery',
    'engaging-with-services-and-community',
  ],
  relatedTopicIds: [
    'distinctive-role',
    'team-preparation',
    'role-definition',
    'pay-and-conditions',
    'supervision-and-support',
  ],
  evidence: [
    cite('sgul-2015-toolkit', 'suggested-practice'),
    cite('gillard-2015-organisational-contexts', 'related-evidence'),
    cite('gillard-2013-team-roles', 'suggested-practice'),
    cite('holley-2015-risk', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
    cite('repper-imroc-implementation-guide', 'suggested-practice'),
  ],
} satisfies PeerWorkerRoleInput;
