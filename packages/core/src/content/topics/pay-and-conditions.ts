import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const payAndConditions = {
  id: 'pay-and-conditions',
  slug: 'pay-and-conditions',
  order: 8,
  title: 'Pay and conditions',
  summary:
    'Pay, hours and terms of work show how much an organisation values peer workers. Pay peer workers fairly, on a par with other roles that need similar knowledge and skills. Check too that working arrangements do not leave peer workers on the edge of the team.',
  findings: [
    {
      text: 'The original toolkit holds that the distinct knowledge and skills peer workers bring should be respected and allowed to flourish. It counts fair pay, on a par with other roles, as part of that respect. This is a principle rather than a tested finding: none of the research summarised here measured whether pay levels change what peer workers achieve.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
    {
      text: 'In an earlier study of three peer worker roles, flexible working arrangements for peer workers could, without anyone meaning it, keep existing team hierarchies in place.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'Peer worker roles are set up on different terms. In that earlier study, two roles were paid part-time posts, and the third was unpaid or paid part-time. Across the wider research, peer workers were employed by NHS organisations, voluntary sector organisations and partnerships between them.',
      evidence: [
        cite('gillard-2013-team-roles', 'research-finding'),
        cite('gillard-2015-organisational-contexts', 'research-finding'),
      ],
    },
    {
      text: 'The national competence framework for peer support workers describes what organisations need to do to employ, support and supervise peer workers. It expects employment processes to be designed together with people who have lived experience.',
      evidence: [cite('hee-2020-competence-framework', 'related-evidence')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What would fair pay and conditions look like for this role, compared with others in the team?',
      'Which working arrangements would help you, and could any of them leave you out of things that matter?',
      'What would you want to know about pay, hours and progression before applying?',
    ],
    'people-using-services': [
      'What does the way an organisation pays and treats peer workers tell you about how it values lived experience?',
      'Would it matter to you whether the peer worker supporting you is paid or a volunteer? Why?',
    ],
    'team-colleagues': [
      'Do team meetings, training and decisions happen at times when peer workers can take part?',
      'How would you feel if peer workers were paid on a par with colleagues who have similar responsibilities?',
    ],
    managers: [
      'How will you set the pay grade, and which roles will you compare it with?',
      'Could part-time or flexible hours keep peer workers out of the team’s planning and decisions?',
      'What routes will peer workers have to training, promotion and more senior peer roles?',
    ],
  },
  suggestedActions: [
    {
      text: 'Set pay by comparing the peer role’s responsibilities, knowledge and skills with similar roles in the team, and pay on a par with them. Agree this before you advertise.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'If peer workers work part-time or flexible hours, check that they can still join team meetings, training and decisions. Hold key meetings at times they can attend.',
      evidence: [cite('gillard-2013-team-roles', 'suggested-practice')],
    },
    {
      text: 'Give peer workers the same terms as other staff on things like leave, training and access to support. Involve people with lived experience in designing the employment process.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('repper-imroc-implementation-guide', 'suggested-practice'),
      ],
    },
    {
      text: 'Plan how peer workers can progress, for example into senior or lead peer roles, so the role has a future and is not a dead end.',
      evidence: [cite('repper-imroc-implementation-guide', 'suggested-practice')],
    },
    {
      text: 'If a role is unpaid, say so plainly from the start. Be clear about what volunteers are asked to do, and give them the same supervision and support as paid peer workers.',
      evidence: [cite('gillard-2013-team-roles', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('sgul-2015-toolkit', 'related-evidence'),
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('hee-2020-competence-framework', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
