import type { RiskAreaInput } from '../../domain/risk-area.js';
import { cite } from '../cite.js';

export const roleDrift = {
  id: 'role-drift',
  slug: 'role-drift',
  order: 5,
  title: 'Losing what makes the role distinct',
  direction: 'organisation',
  summary:
    'Over time, a peer worker role can slowly turn into a general support role. If that happens, your organisation pays for peer work but no longer gets it. Keep the role’s purpose clear, and check regularly that the daily work still matches it.',
  findings: [
    {
      text: 'The research did not look at risk to the organisation directly. The advice here is suggested practice, drawn from what the research found about the role itself.',
      evidence: [cite('holley-2015-risk', 'related-evidence')],
    },
    {
      text: 'Related evidence: the group’s comparison of NHS, voluntary sector and partnership settings found that ideas of professionalism and boundaries sometimes wore away what was distinctive about the peer role.',
      evidence: [cite('gillard-2015-organisational-contexts', 'related-evidence')],
    },
    {
      text: 'Related evidence: the toolkit warns that the role’s function must stay clearly different from other roles in the team, or its distinctiveness will fade over time.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
  ],
  considerations: [
    {
      text: 'A role that drifts may no longer offer what makes peer work helpful: relationships built on shared experience, and seeing that recovery is possible. That is a loss for the people you support and for the money you have invested.',
      evidence: [
        cite('gillard-2015-change-model', 'suggested-practice'),
        cite('sgul-2015-toolkit', 'suggested-practice'),
      ],
    },
    {
      text: 'Watch for small requests that pull peer workers away from peer work, such as covering gaps in the rota or taking on tasks no one else has time for. Added up over time, they can change the role.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'When the team, managers and peer workers share the same expectations of the role, it is easier to hold on to its purpose.',
      evidence: [
        cite('gillard-holley-2014-overview', 'suggested-practice'),
        cite('sgul-2015-toolkit', 'suggested-practice'),
      ],
    },
  ],
  actions: [
    {
      party: 'manager',
      text: 'Write down what the role is for and what it is not for. Agree it with peer workers, the team and the people they will support, and review it at least once a year.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      party: 'supervisor',
      text: 'Ask from time to time how the peer worker’s week is really spent. Compare it with the agreed purpose of the role and act on any gap.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      party: 'team',
      text: 'Take part in preparation sessions about the peer role, and keep coming back to them. Regular team preparation went with stronger use of peer support in later research.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      party: 'peer-worker',
      text: 'If you are often asked to do tasks that are not peer work, raise it with your supervisor or manager. It is a sign the role needs attention, not a personal failing.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
  ],
  relatedTopicIds: [
    'distinctive-role',
    'role-definition',
    'shared-expectations',
    'staying-true-to-principles',
  ],
  evidence: [
    cite('gillard-2015-organisational-contexts', 'related-evidence'),
    cite('sgul-2015-toolkit', 'suggested-practice'),
    cite('gillard-2024-implementing', 'suggested-practice'),
  ],
} satisfies RiskAreaInput;
