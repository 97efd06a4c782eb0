import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const stayingTrueToPrinciples = {
  id: 'staying-true-to-principles',
  slug: 'staying-true-to-principles',
  order: 12,
  title: 'Staying true to the principles',
  summary:
    'Over time, peer worker roles can slowly become like other roles in the team and lose what makes them different. Principles of peer support give everyone a shared picture of what the role is for. Choose a set of principles, and come back to it often to check the role is still on track.',
  findings: [
    {
      text: 'The original toolkit warns that if the role’s job is not kept clearly different from other roles in the team, what makes it distinctive wears away over time. Research across three kinds of organisation found that ideas of “professionalism” and practice boundaries sometimes had this effect.',
      evidence: [
        cite('gillard-2015-organisational-contexts', 'research-finding'),
        cite('sgul-2015-toolkit', 'related-evidence'),
      ],
    },
    {
      text: 'The original toolkit’s principles are: each peer worker controls how they share their lived experience; the role stays distinct from other roles; the knowledge and skills peers bring are respected, including through fair pay; the role is developed in partnership with everyone involved; and teams and managers are prepared so they share the same expectations.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
    {
      text: 'A principles-based approach to peer support names five principles: relationships based on shared lived experience; reciprocity and mutuality (both people give and gain); valuing knowledge that comes from experience; leadership, choice and control; and discovering strengths and making connections. Supporting the diversity of lived experience runs through all five.',
      evidence: [cite('gillard-2017-principles', 'related-evidence')],
    },
    {
      text: 'A fidelity index, a tool to check whether one-to-one peer support stays true to its principles, looks at four areas: trusting relationships based on shared lived experience; reciprocity and mutuality; leadership, choice and control; and building strengths and making connections to the community.',
      evidence: [cite('gillard-2021-fidelity-index', 'related-evidence')],
    },
    {
      text: 'An ImROC briefing describes peer support as mutual, reciprocal, non-directive, recovery-focused, strengths-based, inclusive, progressive and safe. These sets of principles share a lot of common ground. The research summarised here did not compare them, so no one set has been shown to work better than another.',
      evidence: [
        cite('repper-2013-imroc-theory-practice', 'related-evidence'),
        cite('gillard-2017-principles', 'related-evidence'),
      ],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'Which principles matter most to you in your work, and are there times you feel pulled away from them?',
      'Are you being asked to do tasks that belong to other roles? How does that feel?',
    ],
    'people-using-services': [
      'What makes support from a peer worker feel different from other support you get?',
      'If peer support started to feel like any other service, how would you notice, and who would you tell?',
    ],
    'team-colleagues': [
      'Have you ever asked a peer worker to fill a gap in the team? What did that do to their role?',
      'How can the team protect what is different about peer work when the service is busy?',
    ],
    managers: [
      'Which set of principles will you use, and where will they appear in job descriptions, training and supervision?',
      'How often will you review the role with peer workers, people who use services and colleagues?',
      'How will you spot and deal with the role drifting towards other roles over time?',
    ],
  },
  suggestedActions: [
    {
      text: 'Choose one set of principles as your shared reference. Write it into the job description, training, supervision and reviews of the role.',
      evidence: [
        cite('gillard-2017-principles', 'suggested-practice'),
        cite('sgul-2015-toolkit', 'suggested-practice'),
      ],
    },
    {
      text: 'Review the role regularly with peer workers, people who use services, colleagues and managers, checking the work against your principles. For one-to-one peer support, the fidelity index can give this review a structure.',
      evidence: [cite('gillard-2021-fidelity-index', 'suggested-practice')],
    },
    {
      text: 'Watch for signs of drift, such as peer workers being asked to cover tasks that belong to other roles. Agree what the team will do when this happens. See [Keeping the role distinctive](/topics/distinctive-role).',
      evidence: [
        cite('gillard-2015-organisational-contexts', 'suggested-practice'),
        cite('sgul-2015-toolkit', 'suggested-practice'),
      ],
    },
    {
      text: 'Let peer workers lead reviews of their own practice where they can, in keeping with the principle of leadership, choice and control.',
      evidence: [cite('gillard-2017-principles', 'suggested-practice')],
    },
    {
      text: 'Check that the service supports many kinds of lived experience, not just one, as the principles ask.',
      evidence: [cite('gillard-2017-principles', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2017-principles', 'related-evidence'),
    cite('gillard-2021-fidelity-index', 'related-evidence'),
    cite('gillard-2015-organisational-contexts', 'research-finding'),
  ],
} satisfies ToolkitTopicInput;
