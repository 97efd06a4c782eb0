import type { OrganisationalConditionInput } from '../../domain/organisational-condition.js';
import { cite } from '../cite.js';

export const conditions: OrganisationalConditionInput[] = [
  {
    id: 'role-distinctiveness',
    slug: 'role-distinctiveness',
    order: 1,
    title: 'A distinctive role',
    kind: 'enabler',
    summary:
      'The peer worker role works best when it stays clearly different from other jobs in the team. Its value comes from using lived experience openly. If the role slowly turns into another support job, that value can be lost. Decide early what makes the role different, and protect it over time.',
    mechanismIds: ['trusting-relationships', 'role-modelling-recovery'],
    topicIds: ['distinctive-role', 'role-definition', 'staying-true-to-principles'],
    evidence: [
      cite('gillard-holley-2014-overview', 'related-evidence'),
      cite('sgul-2015-toolkit', 'related-evidence'),
    ],
  },
  {
    id: 'shared-expectations',
    slug: 'shared-expectations',
    order: 2,
    title: 'Shared expectations of the role',
    kind: 'enabler',
    summary:
      'Peer workers, the people they support, their colleagues and managers should agree what the role is for. When people expect different things, problems follow. An earlier study by the same research group found that, without formal recruitment, these differences came to the surface when peer workers were being chosen. Agree the role together before you advertise.',
    mechanismIds: [
      'trusting-relationships',
      'role-modelling-recovery',
      'engaging-with-services-and-community',
    ],
    topicIds: ['shared-expectations', 'role-definition', 'recruitment-and-selection'],
    evidence: [
      cite('gillard-holley-2014-overview', 'related-evidence'),
      cite('gillard-2013-team-roles', 'research-finding'),
      cite('sgul-2015-toolkit', 'suggested-practice'),
    ],
  },
  {
    id: 'strategic-alignment',
    slug: 'strategic-alignment',
    order: 3,
    title: 'The role fits the organisation’s aims',
    kind: 'enabler',
    summary:
      'Strategic alignment is named in the group’s overview of the research as one of the organisational issues that may shape the impact of peer workers. Here it means that the role fits what your organisation is trying to achieve, and that leaders back it in their plans. The research did not look at how this works day to day. Check that the role has a clear place in your plans before you start.',
    mechanismIds: ['role-modelling-recovery', 'engaging-with-services-and-community'],
    topicIds: ['role-definition', 'staying-true-to-principles'],
    evidence: [
      cite('gillard-holley-2014-overview', 'related-evidence'),
      cite('sgul-2015-toolkit', 'suggested-practice'),
    ],
  },
  {
    id: 'organisational-support',
    slug: 'organisational-support',
    order: 4,
    title: 'Support from the organisation',
    kind: 'enabler',
    summary:
      'Peer workers need practical backing from the whole organisation, not just their own team. That means training, supervision, fair pay and good terms of work. It also means managers who understand the role. The group’s overview of the research names this support as one thing that may shape the impact of peer workers.',
    mechanismIds: [
      'trusting-relationships',
      'role-modelling-recovery',
      'engaging-with-services-and-community',
    ],
    topicIds: ['supervision-and-support', 'pay-and-conditions', 'training'],
    evidence: [
      cite('gillard-holley-2014-overview', 'related-evidence'),
      cite('sgul-2015-toolkit', 'related-evidence'),
    ],
  },
  {
    id: 'lived-experience-valued',
    slug: 'lived-experience-valued',
    order: 5,
    title: 'Lived experience is valued across the organisation',
    kind: 'enabler',
    summary:
      'Peer workers bring knowledge that comes from their own experience of mental health problems. The group’s work links their impact to that knowledge being respected everywhere in the organisation, not only by the team they work in. Show this in how you treat the role, including fair pay, on a par with similar roles.',
    mechanismIds: ['trusting-relationships', 'role-modelling-recovery'],
    topicIds: ['distinctive-role', 'pay-and-conditions', 'staying-true-to-principles'],
    evidence: [
      cite('gillard-2015-change-model', 'related-evidence'),
      cite('sgul-2015-toolkit', 'related-evidence'),
    ],
  },
  {
    id: 'control-over-sharing',
    slug: 'control-over-sharing',
    order: 6,
    title: 'Peer workers control how they share their experience',
    kind: 'enabler',
    summary:
      'Sharing your own story is personal. Each peer worker should decide what to share, when and how. Their limits should be set by them personally, not laid down by professional rules. The group’s work links this kind of control to the impact of peer work. Train and support peer workers so they can keep it.',
    mechanismIds: ['trusting-relationships', 'role-modelling-recovery'],
    topicIds: ['sharing-lived-experience', 'training', 'supervision-and-support'],
    evidence: [
      cite('gillard-2015-change-model', 'related-evidence'),
      cite('sgul-2015-toolkit', 'related-evidence'),
    ],
  },
  {
    id: 'team-preparation',
    slug: 'team-preparation',
    order: 7,
    title: 'A team that is ready for peer workers',
    kind: 'enabler',
    summary:
      'Staff who work with peer workers need to understand and welcome the role. A later study looked at peer support in several services. Where clinical teams were prepared regularly, peer support was put into practice more fully. The same was true where ward staff and peer workers worked well together. Prepare and train the team, not only the peer workers.',
    mechanismIds: ['trusting-relationships', 'engaging-with-services-and-community'],
    topicIds: ['team-preparation', 'shared-expectations'],
    evidence: [
      cite('gillard-2024-implementing', 'related-evidence'),
      cite('sgul-2015-toolkit', 'related-evidence'),
    ],
  },
  {
    id: 'well-resourced-supervision',
    slug: 'well-resourced-supervision',
    order: 8,
    title: 'Well-resourced supervision',
    kind: 'enabler',
    summary:
      'Supervision means regular time with someone who helps a peer worker reflect on their work and look after themselves. Peer work can be emotionally demanding, so this matters. A later study found that a supervisor role with enough time and resources went with stronger implementation. Give supervisors the time to do the job well.',
    mechanismIds: ['trusting-relationships', 'role-modelling-recovery'],
    topicIds: ['supervision-and-support', 'training'],
    evidence: [
      cite('gillard-2024-implementing', 'related-evidence'),
      cite('sgul-2015-toolkit', 'related-evidence'),
    ],
  },
  {
    id: 'protective-practice-boundaries',
    slug: 'protective-practice-boundaries',
    order: 9,
    title: 'Boundaries that protect but also restrict',
    kind: 'constraint',
    summary:
      'Supervision and training can set limits that are meant to keep peer workers safe. An earlier study by the same group found these protective limits could stop a distinctive peer way of working from growing. The study of risk found something similar: practice meant to protect peer workers’ wellbeing held back how they shared their lived experience. Protect peer workers’ wellbeing without taking away their choice about what to share.',
    mechanismIds: ['trusting-relationships', 'role-modelling-recovery'],
    topicIds: ['sharing-lived-experience', 'supervision-and-support', 'managing-risk'],
    evidence: [
      cite('gillard-2013-team-roles', 'research-finding'),
      cite('holley-2015-risk', 'research-finding'),
    ],
  },
  {
    id: 'professionalisation-pressure',
    slug: 'professionalisation-pressure',
    order: 10,
    title: 'Pressure to act like other professionals',
    kind: 'constraint',
    summary:
      'Ideas of being “professional” mattered in every setting studied. So did practice boundaries, the limits people keep at work. But people took these ideas in very different ways. Sometimes the ideas wore away what set the peer role apart. Talk openly about what this should mean for a peer worker.',
    mechanismIds: ['trusting-relationships', 'role-modelling-recovery'],
    topicIds: ['distinctive-role', 'staying-true-to-principles', 'training'],
    evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
  },
  {
    id: 'employment-across-organisations',
    slug: 'employment-across-organisations',
    order: 11,
    title: 'Employment across organisations',
    kind: 'constraint',
    summary:
      'Some peer workers are employed by one organisation but work in the services of another. A later study found that peer support was put into practice less fully when this was the case. If you share a role with a partner, agree who will manage the peer worker. Agree who will supervise and support them too.',
    mechanismIds: ['trusting-relationships', 'engaging-with-services-and-community'],
    topicIds: ['working-across-organisations', 'supervision-and-support'],
    evidence: [
      cite('gillard-2024-implementing', 'related-evidence'),
      cite('sgul-2015-toolkit', 'suggested-practice'),
    ],
  },
  {
    id: 'hierarchy-through-working-arrangements',
    slug: 'hierarchy-through-working-arrangements',
    order: 12,
    title: 'Working arrangements that keep hierarchies in place',
    kind: 'constraint',
    summary:
      'Peer workers may be offered flexible working, such as part-time hours. An earlier study by the same group found this could, without meaning to, keep the usual team hierarchy in place. Check that flexible arrangements do not set peer workers apart.',
    mechanismIds: ['role-modelling-recovery', 'engaging-with-services-and-community'],
    topicIds: ['pay-and-conditions', 'team-preparation'],
    evidence: [cite('gillard-2013-team-roles', 'research-finding')],
  },
];
