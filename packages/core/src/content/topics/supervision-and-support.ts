import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const supervisionAndSupport = {
  id: 'supervision-and-support',
  slug: 'supervision-and-support',
  order: 7,
  title: 'Supervision and support',
  summary:
    'Peer work draws on personal lived experience, and it can be hard on the peer worker’s own wellbeing. **Supervision** is regular, planned time with a named person to talk through the work. Good supervision and support help peer workers stay well and keep the role distinctive.',
  findings: [
    {
      text: 'In a later study of sites taking part in the ENRICH trial, peer support was put into practice more strongly where the supervisor role was well resourced.',
      evidence: [cite('gillard-2024-implementing', 'related-evidence')],
    },
    {
      text: 'Supervision can hold a distinct peer practice back as well as help it. In an earlier study of three peer worker roles, protective boundaries kept in place through supervision and training could stop a distinct way of working as a peer from developing.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'The original toolkit stresses that relationships built on shared lived experience are demanding and can affect peer workers’ wellbeing. For this reason it treats training, supervision and support as important.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
    {
      text: 'The national competence framework for peer support workers includes a domain on self-care and support. It also sets out what organisations need to do to employ, support and supervise peer workers well. Later guidance expects training and supervision to cover boundaries, managing relationships and sharing lived experience in a way that fits the situation.',
      evidence: [cite('hee-2020-competence-framework', 'related-evidence')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What would help you feel supported after a difficult conversation or a hard day?',
      'What do you want from supervision, and what would make you hold back in it?',
      'How could supervision help you decide for yourself how you share your lived experience?',
    ],
    'people-using-services': [
      'Why might it matter to you that the peer worker supporting you is well supported themselves?',
      'What would you want a peer worker to be able to do if something you share worries them?',
    ],
    'team-colleagues': [
      'How can the team support peer workers day to day without treating them as fragile?',
      'What do you know about how peer workers are supervised, and what would you like to know?',
      'How does your own supervision differ from what a peer worker might need?',
    ],
    managers: [
      'Who will supervise peer workers, and how much protected time and training will they get for it?',
      'How will you make sure supervision helps the peer role grow rather than narrowing it?',
      'What support is there for peer workers beyond supervision, such as contact with other peer workers?',
    ],
  },
  suggestedActions: [
    {
      text: 'Name a supervisor for every peer worker before they start. Give that supervisor protected time and resources for the role, and include it in their job plan.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      text: 'Make sure supervisors understand what is distinctive about peer work. Use supervision to help peer workers make their own choices about sharing lived experience, not to set protective rules for them. See [Sharing lived experience and boundaries](/topics/sharing-lived-experience).',
      evidence: [
        cite('gillard-2013-team-roles', 'suggested-practice'),
        cite('holley-2015-risk', 'suggested-practice'),
      ],
    },
    {
      text: 'Agree with each peer worker how their wellbeing will be looked after. This could cover regular check-ins, what happens after a difficult day, and who to contact when their supervisor is away.',
      evidence: [
        cite('sgul-2015-toolkit', 'suggested-practice'),
        cite('hee-2020-competence-framework', 'suggested-practice'),
      ],
    },
    {
      text: 'Decide locally how often supervision happens and who provides it, for example whether peer workers can also meet a supervisor with lived experience. The research did not compare these options, so review how well your choice works with the peer workers themselves.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      text: 'Plan supervision as part of employment and ongoing development, not as an extra once the role has started.',
      evidence: [cite('repper-imroc-implementation-guide', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2024-implementing', 'related-evidence'),
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('hee-2020-competence-framework', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
