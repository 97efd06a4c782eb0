import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const sharedExpectations = {
  id: 'shared-expectations',
  slug: 'shared-expectations',
  order: 2,
  title: 'Shared expectations of the role',
  summary:
    'Peer workers, the people they support, team colleagues and managers can each expect different things from a peer worker. When those hopes do not match, the role is harder to do well. Plan the role with all of them, so everyone agrees what it is for before it starts.',
  findings: [
    {
      text: 'What people expected of the peer worker role varied from one organisational culture to another, across NHS, voluntary sector and partnership settings. The study describes these differences; it did not measure how they affected the people being supported.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'In an earlier study, where there was no formal recruitment process, people’s different ideas about the role only came to light when peer workers were being chosen.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'A review of research on peer workers named shared expectations of the role as one of the organisational issues that may shape what peer workers achieve.',
      evidence: [cite('gillard-holley-2014-overview', 'related-evidence')],
    },
    {
      text: 'The toolkit drawn from this research says new peer roles should be built in partnership by everyone with a stake in them, so that all share the same view of what the role does and what it stands for. It picks out colleagues and managers in teams made up of different professions as people who especially need to share that view.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What do you hope this role will let you do for the people you support?',
      'What would you not want the role to turn into?',
      'What do you most need colleagues and managers to understand about peer work?',
    ],
    'people-using-services': [
      'What would you want from a peer worker, and what would you not want?',
      'How would you like to be involved in planning the role?',
    ],
    'team-colleagues': [
      'What do you expect a peer worker in your team to do day to day?',
      'Where might your expectations differ from those of peer workers or the people they support?',
      'What would help you raise it if the role seems to be heading somewhere you did not expect?',
    ],
    managers: [
      'How will you gather the views of all four groups before decisions about the role are made?',
      'If more than one organisation is involved, where might their expectations of the role differ?',
      'How will you keep expectations shared as people join and leave the team?',
    ],
  },
  suggestedActions: [
    {
      text: 'Before the role starts, set up a planning group that includes peer workers, people who will receive peer support, the staff who will work alongside peer workers, and managers at every level, including those from partner organisations.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'Write down what the group agrees about the role’s purpose and values, in plain words. Share it with everyone involved, and with new staff when they join.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'Agree expectations before you advertise, and use a formal recruitment process, so that differences come out early rather than at the selection stage.',
      evidence: [cite('gillard-2013-team-roles', 'suggested-practice')],
    },
    {
      text: 'If the role involves more than one organisation, such as an NHS Trust and a voluntary sector partner, talk openly about how each one sees the role and where their cultures differ.',
      evidence: [cite('gillard-2015-organisational-contexts', 'suggested-practice')],
    },
    {
      text: 'Come back to expectations once the role has been running for a while. Ask each group whether the role still matches what was agreed.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2015-organisational-contexts', 'research-finding'),
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('sgul-2015-toolkit', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
