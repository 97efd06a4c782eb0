import type { ChangeMechanismInput } from '../../domain/change-mechanism.js';
import { cite } from '../cite.js';

export const mechanisms: ChangeMechanismInput[] = [
  {
    id: 'trusting-relationships',
    slug: 'trusting-relationships',
    order: 1,
    title: 'Building trusting relationships based on shared lived experience',
    summary:
      'Peer workers have been through mental health problems themselves. That common ground helps them build trust with the people they support. The research found this was the first way peer work brings about change. It has three parts: making a connection, building a relationship, and making it easier to talk and listen.',
    subThemes: [
      {
        title: 'Making a connection',
        description:
          'A connection starts from something the peer worker and the person share. It might be a service experience, such as being detained under the Mental Health Act. It might be something else personal, such as sexual identity.',
        evidence: [cite('gillard-2015-change-model', 'research-finding')],
      },
      {
        title: 'Building a relationship',
        description:
          'People who use services, and staff, described relationships with peer workers as different from relationships with professionals. They felt professional relationships could be less validating, meaning they did less to show that a person’s feelings and views count. Some also felt them to be more judgemental.',
        evidence: [cite('gillard-2015-change-model', 'research-finding')],
      },
      {
        title: 'Enabling talking and listening',
        description:
          'Staff in the teams valued this part of the work. Peer workers made it easier for people to open up, talk and be heard.',
        evidence: [cite('gillard-2015-change-model', 'research-finding')],
      },
    ],
    outcomeIds: ['feeling-understood', 'opening-up'],
    evidence: [cite('gillard-2015-change-model', 'research-finding')],
  },
  {
    id: 'role-modelling-recovery',
    slug: 'role-modelling-recovery',
    order: 2,
    title: 'Role-modelling recovery and living well',
    summary:
      'Peer workers show, by their own example, that a person can recover and live well with mental health problems. The research found this was a second way peer work brings about change. The researchers used ideas about role-modelling to help explain it.',
    outcomeIds: ['seeing-recovery-is-possible'],
    evidence: [cite('gillard-2015-change-model', 'research-finding')],
  },
  {
    id: 'engaging-with-services-and-community',
    slug: 'engaging-with-services-and-community',
    order: 3,
    title: 'Engaging people with services and the community',
    summary:
      'Peer workers help people who use services to engage with mental health services. They also help them take part in their wider community. The research found this was a third way peer work brings about change.',
    outcomeIds: ['connecting-with-services-and-community'],
    evidence: [cite('gillard-2015-change-model', 'research-finding')],
  },
];
