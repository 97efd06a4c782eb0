import type { ChangeOutcomeInput } from '../../domain/change-outcome.js';
import { cite } from '../cite.js';

/**
 * Outcomes the evidence points to. They are not a copy of the change model paper's own figure:
 * process outcomes are suggested by the qualitative research, downstream outcomes are those the
 * wider trial evidence of the time looked at.
 */
export const outcomes: ChangeOutcomeInput[] = [
  {
    id: 'feeling-understood',
    slug: 'feeling-understood',
    order: 1,
    title: 'Feeling understood',
    kind: 'process',
    support: 'proposed',
    summary:
      'The qualitative research suggests that people may feel understood when a peer worker has been through something similar. People who use services, and staff, saw peer relationships as more validating than professional ones. This outcome has not been tested in trials. It may help build hope and a sense of control.',
    leadsToOutcomeIds: ['hope', 'empowerment'],
    evidence: [cite('gillard-2015-change-model', 'related-evidence')],
  },
  {
    id: 'opening-up',
    slug: 'opening-up',
    order: 2,
    title: 'Opening up and talking',
    kind: 'process',
    support: 'proposed',
    summary:
      'The research suggests peer workers make it easier for people to open up. Staff in the teams studied valued this. Talking more openly may help a person’s own recovery, and perhaps how they feel day to day. This has not been tested in trials.',
    leadsToOutcomeIds: ['personal-recovery', 'symptoms'],
    evidence: [cite('gillard-2015-change-model', 'research-finding')],
  },
  {
    id: 'seeing-recovery-is-possible',
    slug: 'seeing-recovery-is-possible',
    order: 3,
    title: 'Seeing that recovery is possible',
    kind: 'process',
    support: 'proposed',
    summary:
      'The qualitative research suggests that meeting someone who is living well with mental health problems can show a person that recovery is possible for them too. This follows from the role-modelling the research describes. It has not been tested in trials. It may lead to more hope, recovery and sense of control.',
    leadsToOutcomeIds: ['hope', 'personal-recovery', 'empowerment'],
    evidence: [cite('gillard-2015-change-model', 'related-evidence')],
  },
  {
    id: 'connecting-with-services-and-community',
    slug: 'connecting-with-services-and-community',
    order: 4,
    title: 'Connecting with services and the community',
    kind: 'process',
    support: 'proposed',
    summary:
      'The qualitative research suggests that peer workers can help people link up with mental health services and with their local community. This follows from the engaging role the research describes. It has not been tested in trials. Better links may support recovery and could affect the use of hospital care.',
    leadsToOutcomeIds: ['personal-recovery', 'hospital-admission'],
    evidence: [cite('gillard-2015-change-model', 'related-evidence')],
  },
  {
    id: 'hope',
    slug: 'hope',
    order: 5,
    title: 'Hope',
    kind: 'downstream',
    support: 'some-inconsistent',
    summary:
      'Hope is one of the outcomes the wider evidence points to. A 2014 review of trials of peer support found some benefit for hope. The results were not the same in every trial.',
    evidence: [cite('lloyd-evans-2014-meta-analysis', 'related-evidence')],
  },
  {
    id: 'personal-recovery',
    slug: 'personal-recovery',
    order: 6,
    title: 'Personal recovery',
    kind: 'downstream',
    support: 'some-inconsistent',
    summary:
      'Personal recovery means building a life that feels meaningful to the person, in their own terms. It is one of the outcomes the wider evidence points to. A 2014 review of trials of peer support found some benefit for recovery. The results were not the same in every trial.',
    evidence: [cite('lloyd-evans-2014-meta-analysis', 'related-evidence')],
  },
  {
    id: 'empowerment',
    slug: 'empowerment',
    order: 7,
    title: 'Empowerment',
    kind: 'downstream',
    support: 'some-inconsistent',
    summary:
      'Empowerment means feeling more in control of your own life and choices. It is one of the outcomes the wider evidence points to. A 2014 review of trials of peer support found some benefit for empowerment. The results were not the same in every trial.',
    evidence: [cite('lloyd-evans-2014-meta-analysis', 'related-evidence')],
  },
  {
    id: 'hospital-admission',
    slug: 'hospital-admission',
    order: 8,
    title: 'Hospital admission',
    kind: 'downstream',
    support: 'little-evidence',
    summary:
      'This is about whether people need to go into hospital, and how often. Trials of peer support have looked at it. A 2014 review of those trials found little evidence that peer support changes hospital admission.',
    evidence: [cite('lloyd-evans-2014-meta-analysis', 'related-evidence')],
  },
  {
    id: 'symptoms',
    slug: 'symptoms',
    order: 9,
    title: 'Symptoms',
    kind: 'downstream',
    support: 'little-evidence',
    summary:
      'Symptoms are the signs of a mental health problem, such as low mood or hearing voices. Trials of peer support have looked at them. A 2014 review of those trials found little evidence that peer support changes symptoms.',
    evidence: [cite('lloyd-evans-2014-meta-analysis', 'related-evidence')],
  },
];
