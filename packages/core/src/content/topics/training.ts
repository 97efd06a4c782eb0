import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const training = {
  id: 'training',
  slug: 'training',
  order: 5,
  title: 'Training',
  summary:
    'Peer workers need good training, both when they start and as they go on. It should cover key knowledge, such as keeping information private and keeping people safe. It should also help them share their lived experience in their own way, building the peer approach rather than training it out of them.',
  findings: [
    {
      text: 'Good practice on training, as on recruitment, was found in all three kinds of setting studied: NHS organisations, the voluntary sector and partnerships. The study did not compare training courses or test which content works best.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'Training can hold peer work back as well as help it. In an earlier study, protective boundaries on practice, kept in place through supervision and training, could make it harder for a distinct peer way of working to grow.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'Practice meant to protect peer workers’ own wellbeing limited how they shared their lived experience with the people they supported.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'The toolkit drawn from this research treats sharing lived experience as personal: each peer worker decides how they use their own story. Because the work is demanding, it also stresses the importance of training, supervision and support.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
    {
      text: 'The national competence framework for peer support workers expects them to know about confidentiality, consent, sharing information, safeguarding (protecting people from harm and abuse), and preventing self-harm and suicide.',
      evidence: [cite('hee-2020-competence-framework', 'related-evidence')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What would help you feel ready to share your lived experience in your own way?',
      'What do you want to learn about keeping yourself and the people you support safe?',
      'Has any training made you feel you should hide your lived experience? What would have helped instead?',
    ],
    'people-using-services': [
      'What should peer workers know before they start supporting people?',
      'If you told a peer worker something worrying, what would you want them to do?',
    ],
    'team-colleagues': [
      'Which of your own training could peer workers share, and what should be different for them?',
      'What could you learn from peer workers, and how could that be part of team training?',
    ],
    managers: [
      'Who will design and deliver peer worker training, and how are experienced peer workers involved?',
      'How will you check that training protects people without making peer workers act like other staff?',
      'What training will continue once peer workers are in post?',
    ],
  },
  suggestedActions: [
    {
      text: 'Include boundaries, managing relationships and how to share lived experience in ways that help the other person. Let each peer worker work out their own boundaries rather than handing them a fixed set of rules.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('sgul-2015-toolkit', 'suggested-practice'),
      ],
    },
    {
      text: 'Cover confidentiality, consent, sharing information, safeguarding, and preventing self-harm and suicide. Make clear what the peer worker should do, and who they should tell, if they are worried about someone.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      text: 'Read through training materials, and ask peer workers, to spot rules that stop them sharing their experience. Keep the protections that are needed and drop the ones that only make the role look like other jobs.',
      evidence: [
        cite('gillard-2013-team-roles', 'suggested-practice'),
        cite('holley-2015-risk', 'suggested-practice'),
      ],
    },
    {
      text: 'Plan training as ongoing development, not a one-off course at the start. Pair it with **supervision**: regular, planned time with a named person to talk through the work.',
      evidence: [cite('repper-imroc-implementation-guide', 'suggested-practice')],
    },
    {
      text: 'Train the team as well as the peer workers, so colleagues understand the role. See [Preparing the team](/topics/team-preparation).',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2015-organisational-contexts', 'research-finding'),
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('hee-2020-competence-framework', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
