import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const distinctiveRole = {
  id: 'distinctive-role',
  slug: 'distinctive-role',
  order: 1,
  title: 'Keeping the role distinctive',
  summary:
    'Peer workers support people by drawing on their own lived experience of mental health problems. No other job in the team does this. Agree what makes the role different, and keep checking that it does not slowly turn into a copy of other jobs.',
  findings: [
    {
      text: 'Ideas of “professionalism” and practice boundaries (the limits on how staff behave with the people they support) mattered in NHS, voluntary sector and partnership settings alike. But people understood them in very different ways, and at times they wore away what made the peer worker role different.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'In an earlier study of three peer worker roles, protective boundaries on practice, kept in place through supervision and training, could make it harder for a distinct peer way of working to grow.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'What the difference is for: people who used services and staff described relationships with peer workers, built on shared lived experience, as unlike professional relationships. They saw professional relationships as less validating or more judgemental.',
      evidence: [cite('gillard-2015-change-model', 'research-finding')],
    },
    {
      text: 'A review of research on peer workers named a distinctive role as one of the organisational issues that may shape what peer workers achieve. The others were shared expectations of the role, fit with the organisation’s strategy, and support from the organisation.',
      evidence: [cite('gillard-holley-2014-overview', 'related-evidence')],
    },
    {
      text: 'The toolkit drawn from this research holds that the role’s purpose must stay clearly separate from other roles in the team, or it will lose its distinct character over time. The studies describe this drift happening; they did not test ways of preventing it, so the actions below are suggested practice.',
      evidence: [
        cite('sgul-2015-toolkit', 'related-evidence'),
        cite('gillard-2015-organisational-contexts', 'research-finding'),
      ],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What do you offer the people you support that nobody else in the team does?',
      'Have you been asked to take on tasks that pulled you away from peer support? What happened?',
      'What does being “professional” mean to you in a peer role, and who should decide that?',
    ],
    'people-using-services': [
      'What would make support from a peer worker feel different from support from other staff?',
      'What would you lose if peer workers ended up working just like everyone else in the team?',
    ],
    'team-colleagues': [
      'In what ways is the peer worker’s job different from yours, and in what ways is it the same?',
      'When the team is stretched, which tasks might drift to the peer worker, and would they fit the role?',
      'How do your own ideas of professional behaviour fit with the way peer workers use their lived experience?',
    ],
    managers: [
      'How will you notice if the role starts to drift towards other jobs in the team?',
      'Who will stand up for the peer part of the role when workloads are high?',
      'Which of your organisation’s rules on professional conduct might need a fresh look for peer workers?',
    ],
  },
  suggestedActions: [
    {
      text: 'Write down, with peer workers, what the role does that no other role in the team does. Go back to this note whenever someone suggests new tasks for the peer worker.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'Talk openly, across the team, about what “professional” means for a peer worker. Let peer workers shape their own boundaries rather than simply taking on those of other staff.',
      evidence: [
        cite('gillard-2015-organisational-contexts', 'suggested-practice'),
        cite('gillard-2015-change-model', 'suggested-practice'),
      ],
    },
    {
      text: 'Check that training and supervision protect peer workers without squeezing out the peer way of working. Ask peer workers directly whether any rules stop them from working as peers.',
      evidence: [cite('gillard-2013-team-roles', 'suggested-practice')],
    },
    {
      text: 'Review the role at set times, for example once a year. For one-to-one peer support, a principles-based check such as the peer support fidelity index can help you see whether the work still reflects what peer support is meant to be.',
      evidence: [cite('gillard-2021-fidelity-index', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2015-organisational-contexts', 'research-finding'),
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('sgul-2015-toolkit', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
