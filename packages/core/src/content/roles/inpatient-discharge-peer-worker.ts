import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const inpatientDischargePeerWorker = {
  id: 'inpatient-discharge-peer-worker',
  slug: 'inpatient-discharge-peer-worker',
  title: 'Peer worker for people leaving hospital',
  basis: 'illustrative',
  summary:
    'This is an illustrative example, not a role the research studied. Based on the ENRICH trial, the peer worker meets people on the ward and helps them settle back home. Earlier trials found some benefit for hope and recovery, though not every time, and little evidence on readmission.',
  sector: 'statutory',
  employmentBasis: ['paid'],
  settings: ['inpatient', 'transitions-and-discharge', 'community'],
  activities: [
    'Meets people on the ward before discharge to get to know them and what matters to them',
    'Shares lived experience of hospital and of coming home, when the peer worker chooses to',
    'Supports the person in their first weeks at home, at a pace and in places they choose',
    'Helps the person reconnect with services, groups and community activities they value',
    'Joins ward and community team meetings as agreed, bringing a peer view',
  ],
  hours:
    'Paid, part-time or full-time, on the same terms as other staff. Some visits happen in the community, away from the ward.',
  livedExperience:
    'Personal experience of mental health problems. Experience of a hospital stay, and of leaving hospital, helps the peer worker connect.\n\nShared ground can also come from other parts of life, such as culture or sexual identity. Where you can, offer people a choice of peer worker. The peer worker always decides what to share.',
  training:
    'Training in the principles of peer support: relationships built on shared experience, give and take on both sides, valuing knowledge from experience, the person’s own choice and control, and building strengths and community links.\n\nAlso cover boundaries and choosing what to share, and knowledge of confidentiality, consent, information sharing, safeguarding, self-harm and suicide prevention.\n\nPrepare the ward and community teams too, and repeat this regularly. In the ENRICH sites, regular team preparation went with stronger implementation.',
  supervision:
    'Line management inside the same NHS trust as the ward, plus regular supervision from a named peer supervisor with enough time for the job. In the ENRICH sites, a well-resourced supervisor role and good relationships between ward staff and peer workers went with stronger implementation, and employment across organisations went with weaker implementation.',
  mechanismIds: [
    'trusting-relationships',
    'role-modelling-recovery',
    'engaging-with-services-and-community',
  ],
  relatedTopicIds: [
    'team-preparation',
    'supervision-and-support',
    'training',
    'working-across-organisations',
    'staying-true-to-principles',
  ],
  evidence: [
    cite('gillard-2024-implementing', 'related-evidence'),
    cite('gillard-2021-fidelity-index', 'suggested-practice'),
    cite('gillard-2017-principles', 'suggested-practice'),
    cite('gillard-2015-change-model', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
    cite('lloyd-evans-2014-meta-analysis', 'related-evidence'),
  ],
} satisfies PeerWorkerRoleInput;
