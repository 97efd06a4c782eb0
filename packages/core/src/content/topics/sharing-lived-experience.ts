import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const sharingLivedExperience = {
  id: 'sharing-lived-experience',
  slug: 'sharing-lived-experience',
  order: 9,
  title: 'Sharing lived experience and boundaries',
  summary:
    'Peer workers use their own experience of mental health problems to connect with the people they support. What to share, and when, is a personal choice. Let each peer worker set their own boundaries, and check that protective rules do not silence them.',
  findings: [
    {
      text: 'Trusting relationships based on shared lived experience are one of the main ways peer work brings about change. The common ground can be a particular service experience, such as being detained under the Mental Health Act, or another part of who someone is, such as their sexual identity. Later work on the principles of peer support also names these relationships as a core principle, and adds that the diversity of lived experience should be supported.',
      evidence: [
        cite('gillard-2015-change-model', 'research-finding'),
        cite('gillard-2017-principles', 'related-evidence'),
      ],
    },
    {
      text: 'Practice meant to protect peer workers’ wellbeing, by keeping risk to them low, limited how they shared their lived experience.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'In an earlier study, protective boundaries kept in place through supervision and training could work against a distinct peer way of working.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'Ideas of “professionalism” and practice boundaries mattered in every type of organisation studied, but people understood them in very different ways. At times they wore away what made the peer role different.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'The research group links the impact of peer work to peer workers being trained and supported to stay in control of how they share their experience. In other words, boundaries are set personally by the peer worker, not laid down by professional rules. The original toolkit makes this its first principle.',
      evidence: [
        cite('gillard-2015-change-model', 'related-evidence'),
        cite('sgul-2015-toolkit', 'related-evidence'),
      ],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What parts of your story are you happy to share, and which would you rather keep to yourself?',
      'How do you decide in the moment whether sharing something will help the person you are with?',
      'What would help you say no when someone expects you to share more than you want to?',
    ],
    'people-using-services': [
      'What difference does it make to you when a worker shares something of their own experience?',
      'What kinds of shared experience would help you feel understood?',
    ],
    'team-colleagues': [
      'How is a peer worker’s sharing different from the boundaries you work to in your own role?',
      'What worries you about peer workers sharing their experience, and how could you talk about that openly?',
      'What does “professional” mean in your team, and does that meaning leave room for peer work?',
    ],
    managers: [
      'Do any of your policies or rules limit what peer workers can share? Who decided that, and why?',
      'How will training and supervision help peer workers make their own choices about sharing?',
    ],
  },
  suggestedActions: [
    {
      text: 'Leave decisions about what, when and how much to share with each peer worker. Avoid blanket rules about what peer workers may say about themselves.',
      evidence: [
        cite('sgul-2015-toolkit', 'suggested-practice'),
        cite('gillard-2015-change-model', 'suggested-practice'),
      ],
    },
    {
      text: 'Use training and supervision to help peer workers think through their choices about sharing, managing relationships and boundaries. Aim to build their confidence, not to restrict them.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('gillard-2013-team-roles', 'suggested-practice'),
      ],
    },
    {
      text: 'Before bringing in a rule meant to protect peer workers, ask them whether it would stop them sharing their experience. Review existing rules with them in the same way.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
    {
      text: 'Talk as a team about what “professional” means for a peer worker, and agree an understanding that leaves room for sharing lived experience.',
      evidence: [cite('gillard-2015-organisational-contexts', 'suggested-practice')],
    },
    {
      text: 'Value a wide range of lived experience when you recruit, so that more people can find common ground with a peer worker.',
      evidence: [cite('gillard-2017-principles', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('holley-2015-risk', 'research-finding'),
    cite('gillard-2015-change-model', 'research-finding'),
    cite('gillard-2013-team-roles', 'research-finding'),
  ],
} satisfies ToolkitTopicInput;
