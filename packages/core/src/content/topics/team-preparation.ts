import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const teamPreparation = {
  id: 'team-preparation',
  slug: 'team-preparation',
  order: 6,
  title: 'Preparing the team',
  summary:
    'Peer workers join teams, and those teams need to be ready for them. Colleagues and managers should understand what the role is for and how it differs from their own jobs. Prepare the team before the peer worker starts, and keep coming back to it.',
  findings: [
    {
      text: 'In a later study of sites in the ENRICH trial of peer support, peer support was put into practice more strongly where clinical teams were prepared regularly and where ward staff and peer workers got on well. The study linked these features to stronger implementation; it did not test one way of preparing teams against another.',
      evidence: [cite('gillard-2024-implementing', 'related-evidence')],
    },
    {
      text: 'The toolkit drawn from this research says colleagues and managers in teams made up of different professions especially need to share the same expectations of the role. It adds that teams, not only peer workers, need training and preparing.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
    {
      text: 'A practical ImROC guide makes preparation the first of four phases of bringing in peer workers. Preparation covers the organisation, the teams and the peer workers themselves.',
      evidence: [cite('repper-imroc-implementation-guide', 'related-evidence')],
    },
    {
      text: 'In an earlier study, flexible working arrangements for peer workers could, without anyone meaning it, keep the team’s existing hierarchy (who has more say and standing) in place.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What would you want the team to know about you and your role before you start?',
      'What would help you feel a full member of the team?',
    ],
    'people-using-services': [
      'How would you like staff to talk about peer workers and work with them?',
      'What would show you that the team respects the peer worker?',
    ],
    'team-colleagues': [
      'What questions or worries do you have about working with a peer worker?',
      'How might your own work change when a peer worker joins?',
      'How will you make sure the peer worker is part of team discussions and decisions?',
    ],
    managers: [
      'How will you prepare the team, and how often will you come back to it?',
      'Who will help sort out problems between staff and peer workers early on?',
      'Do the peer worker’s hours and working arrangements let them take part fully in the team?',
    ],
  },
  suggestedActions: [
    {
      text: 'Before the peer worker starts, hold sessions with the team about what the role is for, how it differs from other roles, and how peer workers use their lived experience. Involve peer workers in running them.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'Make team preparation regular rather than a one-off, for example when new staff join or when the team’s work changes.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      text: 'Pay attention to working relationships between staff and peer workers. Name someone in the team whom either side can go to early if things are not working.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      text: 'Agree practical details with the team before day one: which meetings the peer worker joins, who they go to for help, and what information they can see.',
      evidence: [cite('repper-imroc-implementation-guide', 'suggested-practice')],
    },
    {
      text: 'Check that the peer worker’s hours and working arrangements do not leave them on the edge of the team, for example by missing the meetings where decisions are made.',
      evidence: [cite('gillard-2013-team-roles', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2024-implementing', 'related-evidence'),
    cite('sgul-2015-toolkit', 'related-evidence'),
    cite('repper-imroc-implementation-guide', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
