import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const workingAcrossOrganisations = {
  id: 'working-across-organisations',
  slug: 'working-across-organisations',
  order: 11,
  title: 'Working across organisations',
  summary:
    'Peer workers can be employed by the NHS, by voluntary sector organisations, or by partnerships between the two. Sometimes one organisation employs the peer worker while they work in another. Good practice can happen in any of these settings, but partners need to agree clearly how the role will work.',
  findings: [
    {
      text: 'Research compared peer worker roles in three settings: NHS (statutory) services, the voluntary sector, and partnerships between organisations. Good practice on structural matters, such as recruitment and training, was found in every setting.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'Expectations of the peer worker role differed between organisations with different cultures.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'Ideas of “professionalism” and practice boundaries mattered in every setting, but were understood very differently. Sometimes they wore away what made the peer role distinctive.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'In a later study of sites in the ENRICH trial, peer support was put into practice less strongly where peer workers were employed across organisations, and in rural settings.',
      evidence: [cite('gillard-2024-implementing', 'related-evidence')],
    },
    {
      text: 'An overview of the research names strategic alignment (the role fitting what the organisation is trying to achieve) and organisational support as issues that may shape the impact of peer workers.',
      evidence: [cite('gillard-holley-2014-overview', 'related-evidence')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'If you are employed by one organisation and work in another, who would you go to with a problem?',
      'What helps you feel part of the team you work in, even if a different organisation employs you?',
    ],
    'people-using-services': [
      'Does it matter to you which organisation a peer worker belongs to? Why, or why not?',
      'What would help you understand who a peer worker works for and who they share information with?',
    ],
    'team-colleagues': [
      'What do you expect from a peer worker, and how might a partner organisation expect something different?',
      'How can you welcome a peer worker employed elsewhere as a full member of your team?',
    ],
    managers: [
      'Who employs, manages, supervises and is accountable for peer workers, and is this written down?',
      'How do the partner organisations’ views of “professionalism” differ, and how will you settle those differences?',
      'What extra support will peer workers need in rural areas or services spread over a wide area?',
    ],
  },
  suggestedActions: [
    {
      text: 'Before peer workers start, agree in writing who employs them, who manages them day to day, who supervises them, and who is accountable for their practice. Include how information will be shared between organisations.',
      evidence: [
        cite('gillard-2024-implementing', 'suggested-practice'),
        cite('gillard-2015-organisational-contexts', 'suggested-practice'),
      ],
    },
    {
      text: 'Plan the role with people from every partner organisation, as well as peer workers and people who use services, so that everyone shares the same expectations of it.',
      evidence: [
        cite('sgul-2015-toolkit', 'suggested-practice'),
        cite('gillard-2015-organisational-contexts', 'suggested-practice'),
      ],
    },
    {
      text: 'Talk openly across partners about what “professional” and “boundaries” mean for peer workers. Agree a shared view that protects what is distinctive about the role.',
      evidence: [cite('gillard-2015-organisational-contexts', 'suggested-practice')],
    },
    {
      text: 'Learn from other kinds of organisation. NHS and voluntary sector partners can share what has worked for them on recruitment and training.',
      evidence: [cite('gillard-2015-organisational-contexts', 'suggested-practice')],
    },
    {
      text: 'Where peer workers are employed across organisations or work in rural areas, plan extra contact, supervision and support from the start. The evidence here shows that implementation was weaker in these settings, not which kinds of extra support work best, so treat this as suggested practice.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2015-organisational-contexts', 'research-finding'),
    cite('gillard-2024-implementing', 'related-evidence'),
    cite('gillard-holley-2014-overview', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
