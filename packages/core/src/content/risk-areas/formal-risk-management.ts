import type { RiskAreaInput } from '../../domain/risk-area.js';
import { cite } from '../cite.js';

export const formalRiskManagement = {
  id: 'formal-risk-management',
  slug: 'formal-risk-management',
  order: 3,
  title: 'The peer worker’s part in managing risk',
  direction: 'people-supported',
  summary:
    'Services have formal ways of noticing and managing risk to the people they support. The research found little clear thinking about where peer workers fit into these. Decide the peer worker’s part before they start, and listen to what their own experience says about risk.',
  findings: [
    {
      text: 'The risk study found that few people had a clear idea of how peer workers could contribute to formal risk management.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'The same study found that what peer workers know from their own lives could open up new ways of thinking about and handling risk.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'The study draws on a recovery-focused approach called positive risk management. This approach weighs safety alongside a person’s own goals and choices.',
      evidence: [
        cite('holley-2015-risk', 'related-evidence'),
        cite('imroc-2014-risk-safety', 'related-evidence'),
      ],
    },
  ],
  considerations: [
    {
      text: 'Whether peer workers can read and write in patient notes is a choice to make on purpose. Roles can work with access or without it. Either way, decide it, write it down and explain it to the team and to the people supported.',
      evidence: [
        cite('holley-2015-risk', 'suggested-practice'),
        cite('hee-2020-competence-framework', 'suggested-practice'),
      ],
    },
    {
      text: 'Peer workers may see risk differently from other staff, because of what they have lived through. Treat that view as useful knowledge in risk discussions, not as a lack of training.',
      evidence: [
        cite('holley-2015-risk', 'suggested-practice'),
        cite('imroc-2014-risk-safety', 'suggested-practice'),
      ],
    },
    {
      text: 'Be clear what peer workers must pass on and to whom. Uncertainty about this can leave both the peer worker and the person they support exposed.',
      evidence: [
        cite('holley-2015-risk', 'suggested-practice'),
        cite('hee-2020-competence-framework', 'suggested-practice'),
      ],
    },
  ],
  actions: [
    {
      party: 'manager',
      text: 'Before the role starts, write down the peer worker’s part in risk processes: what they record, which meetings they join, and whether they have access to notes.',
      evidence: [
        cite('holley-2015-risk', 'suggested-practice'),
        cite('repper-imroc-implementation-guide', 'suggested-practice'),
      ],
    },
    {
      party: 'team',
      text: 'Invite the peer worker’s view when you review a person’s risk and safety plans, with that person’s agreement.',
      evidence: [
        cite('holley-2015-risk', 'suggested-practice'),
        cite('imroc-2014-risk-safety', 'suggested-practice'),
      ],
    },
    {
      party: 'supervisor',
      text: 'Talk through real situations where the peer worker was unsure about risk. Help them link their own understanding to the service’s processes.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
    {
      party: 'peer-worker',
      text: 'Know who to go to straight away if you are worried about someone’s safety, and what the service expects you to record.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      party: 'peer-worker',
      text: 'Say what your experience tells you about what helps people feel safe. Your view can add something other staff do not see.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
  ],
  relatedTopicIds: ['managing-risk', 'role-definition', 'team-preparation', 'shared-expectations'],
  evidence: [
    cite('holley-2015-risk', 'research-finding'),
    cite('imroc-2014-risk-safety', 'related-evidence'),
    cite('hee-2020-competence-framework', 'suggested-practice'),
  ],
} satisfies RiskAreaInput;
