import type { RiskAreaInput } from '../../domain/risk-area.js';
import { cite } from '../cite.js';

export const accountabilityAcrossOrganisations = {
  id: 'accountability-across-organisations',
  slug: 'accountability-across-organisations',
  order: 6,
  title: 'Accountability when peer workers work across organisations',
  direction: 'organisation',
  summary:
    'Some peer workers are employed by one organisation but work in another’s team. Then it can be unclear who manages them, whose rules apply and who acts when something goes wrong. Agree all of this in writing before the peer worker starts.',
  findings: [
    {
      text: 'The research did not look at this risk to organisations directly. The advice here is suggested practice.',
      evidence: [cite('holley-2015-risk', 'related-evidence')],
    },
    {
      text: 'Related evidence: in later work on peer support for people leaving hospital, employment across organisations went with weaker implementation.',
      evidence: [cite('gillard-2024-implementing', 'related-evidence')],
    },
    {
      text: 'Related evidence: expectations of the peer role differed between organisational cultures in NHS, voluntary sector and partnership settings.',
      evidence: [cite('gillard-2015-organisational-contexts', 'related-evidence')],
    },
  ],
  considerations: [
    {
      text: 'Be clear who is responsible for what: line management, supervision, training, sickness, complaints and incidents. Gaps between two organisations can leave a peer worker unsupported.',
      evidence: [
        cite('gillard-2024-implementing', 'suggested-practice'),
        cite('repper-imroc-implementation-guide', 'suggested-practice'),
      ],
    },
    {
      text: 'Decide whose policies apply to confidentiality, safeguarding and access to notes. The peer worker should not have to guess.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('holley-2015-risk', 'suggested-practice'),
      ],
    },
    {
      text: 'Shape the partnership together, with peer workers and people who use services, so both organisations share the same expectations of the role.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
  ],
  actions: [
    {
      party: 'manager',
      text: 'Write an agreement between the employing organisation and the host team. Cover line management, supervision, policies, records and what happens when things go wrong. Review it together regularly.',
      evidence: [
        cite('gillard-2024-implementing', 'suggested-practice'),
        cite('sgul-2015-toolkit', 'suggested-practice'),
      ],
    },
    {
      party: 'supervisor',
      text: 'Keep in regular touch with the host team’s lead, so problems are spotted early and the peer worker is not caught between two sets of expectations.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      party: 'team',
      text: 'Treat a peer worker from another organisation as a full member of the team: include them in meetings, handovers and training.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      party: 'peer-worker',
      text: 'Check you know who your manager and supervisor are, whose policies you follow, and who to call if something goes wrong while you are working in the host team.',
      evidence: [cite('repper-imroc-implementation-guide', 'suggested-practice')],
    },
  ],
  relatedTopicIds: [
    'working-across-organisations',
    'supervision-and-support',
    'shared-expectations',
    'managing-risk',
  ],
  evidence: [
    cite('gillard-2024-implementing', 'related-evidence'),
    cite('gillard-2015-organisational-contexts', 'related-evidence'),
    cite('sgul-2015-toolkit', 'suggested-practice'),
  ],
} satisfies RiskAreaInput;
