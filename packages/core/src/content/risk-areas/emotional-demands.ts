import type { RiskAreaInput } from '../../domain/risk-area.js';
import { cite } from '../cite.js';

export const emotionalDemands = {
  id: 'emotional-demands',
  slug: 'emotional-demands',
  order: 1,
  title: 'The emotional demands of the work',
  direction: 'peer-worker-wellbeing',
  summary:
    'Peer workers build relationships on their own experience of mental health problems. That is the heart of the role, and it can be hard work that affects their own wellbeing. Plan training, supervision and support from the start, so peer workers can do this work and stay well.',
  findings: [
    {
      text: 'The research toolkit puts relationships based on shared lived experience at the centre of the role. It also says this work is demanding and can affect the peer worker’s wellbeing, which is why training, supervision and support matter.',
      evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
    },
    {
      text: 'The risk study found that services did act to protect peer workers’ wellbeing. But some of that protective practice held peer workers back from sharing their lived experience. The next risk area looks at this.',
      evidence: [cite('holley-2015-risk', 'research-finding')],
    },
    {
      text: 'In later work on peer support for people leaving hospital, sites with a well-resourced supervisor role put peer support into practice more strongly.',
      evidence: [cite('gillard-2024-implementing', 'related-evidence')],
    },
    {
      text: 'The national competence framework for peer support workers has a whole area on self-care and support, alongside skills and knowledge.',
      evidence: [cite('hee-2020-competence-framework', 'related-evidence')],
    },
  ],
  considerations: [
    {
      text: 'Support for wellbeing should help the peer worker do the role, not stop them doing it. Offer the same kind of support any member of staff doing demanding work would get, rather than treating peer workers as fragile.',
      evidence: [cite('holley-2015-risk', 'suggested-practice')],
    },
    {
      text: 'Supervision (regular, protected time with an experienced person to talk through the work) needs real time and money behind it. A supervisor with too many people to see cannot give this support.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      text: 'The peer worker knows best what helps them stay well. Let them lead on what their own support looks like.',
      evidence: [
        cite('hee-2020-competence-framework', 'suggested-practice'),
        cite('gillard-2017-principles', 'suggested-practice'),
      ],
    },
  ],
  actions: [
    {
      party: 'manager',
      text: 'Build regular supervision into the peer worker’s hours and the supervisor’s workload before the role starts. Check it keeps happening when the service gets busy.',
      evidence: [cite('gillard-2024-implementing', 'suggested-practice')],
    },
    {
      party: 'manager',
      text: 'Make sure peer workers can use the same staff wellbeing support as everyone else, and know how to reach it.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      party: 'supervisor',
      text: 'Make room in each supervision session to talk about how the work is affecting the peer worker, including moments that stirred up their own experiences.',
      evidence: [
        cite('sgul-2015-toolkit', 'suggested-practice'),
        cite('hee-2020-competence-framework', 'suggested-practice'),
      ],
    },
    {
      party: 'team',
      text: 'Include peer workers in team debriefs after difficult events, and check in with them as you would with any colleague.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      party: 'peer-worker',
      text: 'Agree with your supervisor a simple plan for staying well at work: early signs to look out for, what helps, and who to talk to. You decide what goes in it.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
  ],
  relatedTopicIds: ['supervision-and-support', 'training', 'sharing-lived-experience'],
  evidence: [
    cite('sgul-2015-toolkit', 'related-evidence'),
    cite('holley-2015-risk', 'research-finding'),
    cite('gillard-2024-implementing', 'related-evidence'),
    cite('hee-2020-competence-framework', 'related-evidence'),
  ],
} satisfies RiskAreaInput;
