import type { PrincipleSetInput } from '../../domain/principle-set.js';
import { cite } from '../cite.js';

export const principleSets: PrincipleSetInput[] = [
  {
    id: 'toolkit-principles',
    slug: 'toolkit-principles',
    order: 1,
    title: 'The toolkit’s principles',
    summary:
      'The original organisational toolkit, published in 2015, came out of the research project on new peer worker roles. It rests on five principles. They are given here in our own words. Use them to test your plans for a new role.',
    principles: [
      {
        title: 'Peer workers control how they share their experience',
        description:
          'Sharing lived experience is a personal choice. Each peer worker decides what to share, when, and with whom.',
      },
      {
        title: 'Keep the role distinctive',
        description:
          'What a peer worker does must stay clearly different from the other roles in the team. If it does not, the role can slowly lose what makes it special.',
      },
      {
        title: 'Respect what peer workers bring',
        description:
          'Peer workers bring knowledge and skills that come from lived experience. Respect them and give them room to grow. This includes fair pay, on a par with similar roles.',
      },
      {
        title: 'Develop the role together',
        description:
          'Everyone with a stake should plan a new role together. Then they share the same picture of what the role is for and the values behind it.',
      },
      {
        title: 'Prepare the team as well',
        description:
          'Colleagues and managers need to share those expectations too, especially in teams made up of different professions. Teams need training and preparing, not only peer workers.',
      },
    ],
    evidence: [cite('sgul-2015-toolkit', 'related-evidence')],
  },
  {
    id: 'principles-of-peer-support-2017',
    slug: 'principles-of-peer-support-2017',
    order: 2,
    title: 'Principles of peer support (2017)',
    summary:
      'A 2017 paper by the same research group set out five principles of peer support. It added one more that runs through all of them. The principles help people develop peer worker roles and check how well they work, as peer support becomes part of mainstream services. The descriptions below are our own short explanations.',
    principles: [
      {
        title: 'Relationships based on shared lived experience',
        description:
          'Named in the paper as a principle. Here it means peer support starts from a relationship in which both people know mental health problems from the inside.',
      },
      {
        title: 'Reciprocity and mutuality',
        description:
          'Named in the paper as a principle. Here it means that both people give and gain something, and meet more as equals than in many professional relationships.',
      },
      {
        title: 'Validating experiential knowledge',
        description:
          'Named in the paper as a principle. Here it means treating what people have learned from living through mental health problems as real and useful knowledge.',
      },
      {
        title: 'Leadership, choice and control',
        description:
          'Named in the paper as a principle. Here it means that the person being supported leads, makes their own choices and stays in control of their support.',
      },
      {
        title: 'Discovering strengths and making connections',
        description:
          'Named in the paper as a principle. Here it means helping people find their own strengths and build links with others and with their community.',
      },
      {
        title: 'Supporting the diversity of lived experience',
        description:
          'This principle runs through all the others. Here it means recognising that lived experience differs from person to person, and making room for that.',
        crossCutting: true,
      },
    ],
    evidence: [cite('gillard-2017-principles', 'related-evidence')],
  },
  {
    id: 'fidelity-index-domains',
    slug: 'fidelity-index-domains',
    order: 3,
    title: 'Peer support fidelity index: four domains',
    summary:
      'A fidelity index checks whether a service delivers peer support in the way it is meant to. In other words, it asks whether the support stays true to its principles. A 2021 paper by the same research group describes one, built around four areas, called domains. The descriptions below are our own short explanations.',
    principles: [
      {
        title: 'Building trusting relationships based on shared lived experience',
        description:
          'Named as a domain of the index. Here it means peer workers use what they have in common with people to build trust.',
      },
      {
        title: 'Reciprocity and mutuality',
        description:
          'Named as a domain of the index. Here it means the relationship is two-way and more equal than many professional ones.',
      },
      {
        title: 'Leadership, choice and control',
        description:
          'Named as a domain of the index. Here it means the person being supported leads and makes their own choices.',
      },
      {
        title: 'Building strengths and making connections to community',
        description:
          'Named as a domain of the index. Here it means helping people build on their strengths and connect with their community.',
      },
    ],
    evidence: [cite('gillard-2021-fidelity-index', 'related-evidence')],
  },
  {
    id: 'imroc-principles',
    slug: 'imroc-principles',
    order: 4,
    title: 'ImROC principles of peer support',
    summary:
      'ImROC stands for Implementing Recovery through Organisational Change. In 2013 it put out briefing paper 5, called “Peer Support Workers: Theory and Practice”. The paper names eight principles of peer support. We explain each one below in our own words. We say what each one means in general.',
    principles: [
      {
        title: 'Mutual',
        description:
          'Named by ImROC as one of eight principles. Here it means both people share something in common and learn from each other.',
      },
      {
        title: 'Reciprocal',
        description:
          'Named by ImROC as one of eight principles. Here it means support flows both ways, rather than from an expert to a patient.',
      },
      {
        title: 'Non-directive',
        description:
          'Named by ImROC as one of eight principles. Here it means the peer worker does not tell people what to do. They help people find their own way.',
      },
      {
        title: 'Recovery-focused',
        description:
          'Named by ImROC as one of eight principles. Here it means the work is about helping people live the life they want, not only about their symptoms.',
      },
      {
        title: 'Strengths-based',
        description:
          'Named by ImROC as one of eight principles. Here it means starting from what people can do and what they have, not from their problems.',
      },
      {
        title: 'Inclusive',
        description:
          'Named by ImROC as one of eight principles. Here it means peer support is open and welcoming to people of all backgrounds.',
      },
      {
        title: 'Progressive',
        description:
          'Named by ImROC as one of eight principles. Here it means the support moves forward over time, as people grow and change.',
      },
      {
        title: 'Safe',
        description:
          'Named by ImROC as one of eight principles. Here it means the support is safe for both the person and the peer worker.',
      },
    ],
    evidence: [cite('repper-2013-imroc-theory-practice', 'related-evidence')],
  },
];
