import type { PeerWorkerRoleInput } from '../../domain/peer-worker-role.js';
import { cite } from '../cite.js';

export const crisisPeerWorker = {
  id: 'crisis-peer-worker',
  slug: 'crisis-peer-worker',
  title: 'Peer worker in a crisis service',
  basis: 'illustrative',
  summary:
    'This is an illustrative example, not a role the research studied. The peer worker supports people in crisis, for example in a crisis house run by an NHS and charity partnership. Someone who has also been through crisis can help people feel understood, but the work is demanding.',
  sector: 'partnership',
  employmentBasis: ['paid', 'sessional'],
  settings: ['crisis'],
  activities: [
    'Spends time with people in crisis, listening and offering hope from their own experience',
    'Helps people make sense of what is happening and think about what would help right now',
    'Works with clinical staff on safety, within the part in risk processes agreed for the role',
    'Helps people plan their next steps and connect with ongoing support',
    'Takes part in debriefs after difficult shifts',
  ],
  hours:
    'Paid shifts, with some sessional cover. Agree shift patterns in advance, including safe arrangements for evenings and weekends.',
  livedExperience:
    'Personal experience of mental health crisis. The peer worker needs to feel ready to be close to crisis again: talk about this openly at interview and in supervision. Respect their choices about what they share.',
  training:
    'Before working alone, training in confidentiality, consent, information sharing, safeguarding, self-harm and suicide prevention.\n\nAlso cover positive risk management (weighing safety alongside the person’s own goals and choices), sharing lived experience and boundaries, and the procedures of both partner organisations.',
  supervision:
    'Agree in writing which partner line manages the peer worker, who supervises them, and whose policies apply. In later research, employment across organisations went with weaker implementation, so make these links strong.\n\nOffer regular supervision and a debrief after hard shifts. Protecting the peer worker’s wellbeing should not become a reason to stop them sharing their experience.',
  mechanismIds: [
    'trusting-relationships',
    'role-modelling-recovery',
    'engaging-with-services-and-community',
  ],
  relatedTopicIds: [
    'managing-risk',
    'supervision-and-support',
    'working-across-organisations',
    'sharing-lived-experience',
  ],
  evidence: [
    cite('holley-2015-risk', 'suggested-practice'),
    cite('imroc-2014-risk-safety', 'suggested-practice'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
    cite('gillard-2024-implementing', 'related-evidence'),
    cite('sgul-2015-toolkit', 'suggested-practice'),
    cite('gillard-2015-change-model', 'suggested-practice'),
  ],
} satisfies PeerWorkerRoleInput;
