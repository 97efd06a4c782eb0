import type { RiskAreaInput } from '../../domain/risk-area.js';
import { cite } from '../cite.js';

export const protectionRestrictingSharing = {
  id: 'protection-restricting-sharing',
  slug: 'protection-restricting-sharing',
  order: 2,
  title: 'When protection restricts sharing',
  direction: 'peer-worker-wellbeing',
  summary:
    'Services often try to keep peer workers safe by setting limits on what they share about their own lives. The research found these limits can stop peer workers using their lived experience, which is the core of the role. Help peer workers decide for themselves what to share, instead of deciding for them.',
  findings: [
    {
      text: 'In the risk study, efforts to keep peer workers safe and well limited how they shared their own lived experience.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'An earlier study by the same group found that protective boundaries, kept in place through supervision and training, could hold back a distinct peer way of working.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'Across NHS, voluntary sector and partnership settings, ideas of “professionalism” and boundaries mattered everywhere. People understood them in very different ways, and they sometimes wore away what made the peer role different.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'The group’s work on how peer work brings change points to the value of training and supporting peer workers to stay in control of how they share. Boundaries then come from the peer worker’s own judgement rather than from professional rules alone.',
      evidence: [cite('gillard-2015-change-model', 'related-evidence')],
    },
  ],
  considerations: [
    {
      text: 'The toolkit’s first principle is that sharing lived experience is personal. Each peer worker should be in control of how they use their own story.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
    {
      text: 'Look at where your rules about sharing come from. Rules borrowed from other professions may not fit a role built on shared experience.',
      evidence: [
        cite('gillard-2015-organisational-contexts', 'suggested-practice'),
        cite('gillard-2013-team-roles', 'suggested-practice'),
      ],
    },
    {
      text: 'Keeping peer workers safe and letting them share are both important. Talk openly about the balance with the peer worker, rather than settling it with a blanket rule.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
  ],
  actions: [
    {
      party: 'manager',
      text: 'Read through policies, induction and training materials for rules that stop peer workers sharing their experience. Change or explain any that are not needed.',
      evidence: [
        cite('holley-2015-risk', 'suggested-practice'),
        cite('gillard-2013-team-roles', 'suggested-practice'),
      ],
    },
    {
      party: 'supervisor',
      text: 'Use supervision to help the peer worker think through when and how to share, and how it went. Avoid using it mainly to tell them what not to say.',
      evidence: [
        cite('gillard-2013-team-roles', 'suggested-practice'),
        cite('hee-2020-competence-framework', 'suggested-practice'),
      ],
    },
    {
      party: 'team',
      text: 'Do not steer peer workers away from sharing to “protect” them. If you are worried, raise it with them or their supervisor.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
    {
      party: 'peer-worker',
      text: 'Think ahead about which parts of your story you are happy to share, which you keep private, and how you will know if sharing is helping the other person.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('sgul-2015-toolkit', 'suggested-practice'),
      ],
    },
    {
      party: 'manager',
      text: 'Include managing relationships, boundaries and appropriate sharing of lived experience in peer workers’ training, shaped with peer workers themselves.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
  ],
  relatedTopicIds: [
    'sharing-lived-experience',
    'distinctive-role',
    'supervision-and-support',
    'training',
  ],
  evidence: [
    cite('holley-2015-risk', 'research-finding'),
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('gillard-2015-organisational-contexts', 'research-finding'),
    cite('gillard-2015-change-model', 'related-evidence'),
    cite('sgul-2015-toolkit', 'related-evidence'),
  ],
} satisfies RiskAreaInput;
