import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const roleDefinition = {
  id: 'role-definition',
  slug: 'role-definition',
  order: 3,
  title: 'Defining the role',
  summary:
    'A clear description of the role tells everyone what peer workers do and why. Build it around the heart of peer work: relationships based on shared lived experience. Write it with peer workers and people who use services, not just for them.',
  findings: [
    {
      text: 'Research on how peer work brings about change found three ways it works: building trusting relationships based on shared lived experience; showing by example that recovery and living well with mental health problems are possible; and helping people connect with mental health services and with their community.',
      evidence: [cite('gillard-2015-change-model', 'research-finding')],
    },
    {
      text: 'The common ground between a peer worker and the person they support can be a particular experience of services, such as being detained under the Mental Health Act. It can also be another part of who they are, such as their sexual identity.',
      evidence: [cite('gillard-2015-change-model', 'research-finding')],
    },
    {
      text: 'Peer roles take many forms. The case studies covered NHS organisations, the voluntary sector and partnerships between them. An earlier study looked at three quite different roles: a paid part-time co-facilitator of community groups, a paid part-time trainer in Wellness Recovery Action Planning (WRAP), and a co-facilitator in community arts projects who was unpaid or paid part-time. These studies describe roles as they were; they do not point to one best way to set up a role.',
      evidence: [
        cite('gillard-2015-organisational-contexts', 'research-finding'),
        cite('gillard-2013-team-roles', 'research-finding'),
      ],
    },
    {
      text: 'Published principles describe how peer support is done, not only what tasks it involves. One set has five: relationships based on shared lived experience; reciprocity and mutuality (both people give and gain); valuing knowledge that comes from experience; leadership, choice and control; and discovering strengths and making connections. Supporting the diversity of lived experience runs through them all. Another set, from the ImROC programme, has eight.',
      evidence: [
        cite('gillard-2017-principles', 'related-evidence'),
        cite('repper-2013-imroc-theory-practice', 'related-evidence'),
      ],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'Which parts of your lived experience feel right to bring to this role, and which would you keep to yourself?',
      'What tasks would make it hard for you to work as a peer?',
      'What should the role description say about how you work, not just what you do?',
    ],
    'people-using-services': [
      'What kind of shared experience would matter most to you in a peer worker?',
      'What would you most want a peer worker to help you with?',
    ],
    'team-colleagues': [
      'Which of your own tasks should not be handed to a peer worker, and why?',
      'What would you need to know about the role to work well alongside a peer worker?',
    ],
    managers: [
      'Who will write the role description, and who will check that it fits the peer approach?',
      'Will the role be paid or voluntary, and does that fit the work you are asking for?',
      'Who will employ the peer worker, and who will they answer to day to day?',
    ],
  },
  suggestedActions: [
    {
      text: 'Start the role description with its purpose: building trusting relationships through shared lived experience, showing that recovery is possible, and helping people connect with services and their community. Then list tasks that serve that purpose.',
      evidence: [cite('gillard-2015-change-model', 'suggested-practice')],
    },
    {
      text: 'Think about who the peer worker will support, and agree what kind of lived experience the role calls for. This might be experience of a particular service, or something else people have in common.',
      evidence: [cite('gillard-2015-change-model', 'suggested-practice')],
    },
    {
      text: 'Use a published set of principles to describe how the work is done, for example the five principles of peer support or the eight ImROC principles.',
      evidence: [
        cite('gillard-2017-principles', 'suggested-practice'),
        cite('repper-2013-imroc-theory-practice', 'suggested-practice'),
      ],
    },
    {
      text: 'Say clearly what the role is not. Name tasks that belong to other roles in the team, so the peer role keeps its own purpose. See [Keeping the role distinctive](/topics/distinctive-role).',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'Settle practical questions in writing before you advertise: hours, pay, who employs and supervises the peer worker, and whether they will be able to read people’s care records.',
      evidence: [
        cite('sgul-2015-toolkit', 'suggested-practice'),
        cite('holley-2015-risk', 'suggested-practice'),
      ],
    },
  ],
  evidence: [
    cite('gillard-2015-change-model', 'research-finding'),
    cite('gillard-2017-principles', 'related-evidence'),
    cite('sgul-2015-toolkit', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
