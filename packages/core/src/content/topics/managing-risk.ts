import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const managingRisk = {
  id: 'managing-risk',
  slug: 'managing-risk',
  order: 10,
  title: 'Risk',
  summary:
    'Think about risk in three directions: the peer worker’s own wellbeing, their part in keeping people safe, and the organisation. Research has looked at the first two, and found that peer workers’ own experience can help teams see risk in new ways. Advice on risk to the organisation is suggested practice; see the [risk areas](/risk) for more.',
  findings: [
    {
      text: 'A study of risk in peer worker roles, based on 91 interviews across 10 case studies, found that practice meant to protect peer workers’ wellbeing limited how they shared their lived experience.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'The same study found little understanding of how peer workers could take part in formal risk management, such as the processes a service uses to assess and plan for risk.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'It also found that what peer workers know from their own experience points to new ways of understanding and managing risk.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'The risk study draws on a recovery-focused approach to risk, often called positive risk management, as set out in an ImROC briefing on recovery, risk and safety.',
      evidence: [cite('imroc-2014-risk-safety', 'related-evidence')],
    },
    {
      text: 'The national competence framework expects peer workers to understand confidentiality, consent and information sharing, safeguarding, and self-harm and suicide prevention.',
      evidence: [cite('hee-2020-competence-framework', 'related-evidence')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'Which rules or practices meant to keep you safe feel helpful, and which get in the way of your work?',
      'What part do you want to play when the team is worried about someone’s safety?',
      'What has your own experience taught you about risk that the team might not see?',
    ],
    'people-using-services': [
      'What would you expect a peer worker to do if you told them something that worried them?',
      'How could a peer worker help you have more say in decisions about risk in your care?',
    ],
    'team-colleagues': [
      'Should peer workers read or write in patient notes, and what difference would each choice make?',
      'How could peer workers take part in risk meetings and discussions in a way that uses their experience?',
    ],
    managers: [
      'Who is accountable for a peer worker’s practice, especially if they are employed by another organisation?',
      'How will you notice if the peer role starts to drift towards tasks that belong to other roles?',
      'How do your risk policies need to change so that they include peer workers fairly?',
    ],
  },
  suggestedActions: [
    {
      text: 'Agree with peer workers how their wellbeing will be protected, then check together that these measures do not stop them sharing their experience. Review them as the role settles in.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
    {
      text: 'Decide and write down the peer worker’s part in formal risk processes before they start. Include whether they can read and write in patient notes, whether they join risk meetings, and who they tell when they are worried about someone.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
    {
      text: 'Include confidentiality, consent and information sharing, safeguarding, and self-harm and suicide prevention in peer workers’ training.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      text: 'Invite peer workers to bring their own experience into how the team talks about and manages risk, in line with a recovery-focused approach.',
      evidence: [
        cite('holley-2015-risk', 'suggested-practice'),
        cite('imroc-2014-risk-safety', 'suggested-practice'),
      ],
    },
    {
      text: 'Plan for risk to the organisation too. The research did not study this directly. Two things to watch are the peer role drifting into other roles’ work, and unclear accountability when peer workers are employed by one organisation and work in another.',
      evidence: [
        cite('gillard-2015-organisational-contexts', 'suggested-practice'),
        cite('gillard-2024-implementing', 'suggested-practice'),
      ],
    },
  ],
  evidence: [
    cite('holley-2015-risk', 'research-finding'),
    cite('imroc-2014-risk-safety', 'related-evidence'),
    cite('hee-2020-competence-framework', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
