import type { RiskAreaInput } from '../../domain/risk-area.js';
import { cite } from '../cite.js';

export const confidentialityAndSafeguarding = {
  id: 'confidentiality-and-safeguarding',
  slug: 'confidentiality-and-safeguarding',
  order: 4,
  title: 'Confidentiality, consent and safeguarding',
  direction: 'people-supported',
  summary:
    'People often open up to peer workers because they feel understood. So peer workers need to know what they can keep private and what they must pass on to keep someone safe. Give them the same knowledge of confidentiality, consent and safeguarding as other staff, and help them use it without losing trust.',
  findings: [
    {
      text: 'People who use services and staff described relationships with peer workers as different from professional ones, which they saw as less validating or more judgemental. Teams valued peer workers for making it easier for people to talk.',
      evidence: [cite('gillard-2015-change-model', 'research-finding')],
    },
    {
      text: 'The risk study found that few people had a clear idea of how peer workers could contribute to formal risk management.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'The national competence framework says peer workers need to know about confidentiality, consent, information sharing, safeguarding, self-harm and suicide prevention.',
      evidence: [cite('hee-2020-competence-framework', 'related-evidence')],
    },
  ],
  considerations: [
    {
      text: 'Because people may tell a peer worker things they have told no one else, the limits of confidentiality matter a great deal. Explain them at the start, in plain words, so nobody feels let down later.',
      evidence: [
        cite('gillard-2015-change-model', 'suggested-practice'),
        cite('hee-2020-competence-framework', 'suggested-practice'),
      ],
    },
    {
      text: 'Consent (the person agreeing to what happens with their information) should be asked for whenever it safely can be. Where information must be shared without it, tell the person if you can.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      text: 'Peer workers should have clear routes for raising a safeguarding concern, just like other staff. Make sure those routes work if the peer worker is employed by a different organisation from the team.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('gillard-2024-implementing', 'suggested-practice'),
      ],
    },
  ],
  actions: [
    {
      party: 'manager',
      text: 'Include confidentiality, consent, information sharing, safeguarding, self-harm and suicide prevention in peer workers’ training before they start work with people.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      party: 'supervisor',
      text: 'Go through real or made-up examples of hard choices about sharing information. Help the peer worker find words that keep the person’s trust.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('holley-2015-risk', 'suggested-practice'),
      ],
    },
    {
      party: 'team',
      text: 'Tell the peer worker who to contact about a safeguarding concern, and respond quickly and respectfully when they raise one.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      party: 'peer-worker',
      text: 'When you first meet someone, explain what you keep private and what you would have to pass on, and why.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
  ],
  relatedTopicIds: ['managing-risk', 'training', 'sharing-lived-experience'],
  evidence: [
    cite('gillard-2015-change-model', 'research-finding'),
    cite('holley-2015-risk', 'research-finding'),
    cite('hee-2020-competence-framework', 'related-evidence'),
  ],
} satisfies RiskAreaInput;
