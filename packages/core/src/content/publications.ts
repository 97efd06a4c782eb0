import type { PublicationInput } from '../evidence/publication.js';

/**
 * Every publication the default content cites. Details were checked against the publishers'
 * records; where a detail is not confirmed (a last page, a year) it is left empty rather than
 * guessed.
 */
export const publications = [
  {
    id: 'gillard-2014-new-ways-of-working',
    slug: 'new-ways-of-working-2014',
    kind: 'report',
    authors: ['Gillard S', 'Edwards C', 'Gibson S', 'Holley J', 'Owen K'],
    year: 2014,
    title:
      'New ways of working in mental health services: a qualitative, comparative case study assessing and informing the emergence of new peer worker roles in mental health services in England',
    venue: 'Health Services and Delivery Research',
    volume: '2',
    issue: '19',
    isProgrammeResearch: true,
    summary:
      'The final report of the research project behind this toolkit. It studied 10 peer worker initiatives in NHS Trusts, the voluntary sector and partnerships across England between 2011 and 2013, funded by the NIHR Health Services and Delivery Research programme.',
  },
  {
    id: 'gillard-2015-change-model',
    slug: 'change-model-2015',
    kind: 'journal-article',
    authors: ['Gillard S', 'Gibson S', 'Holley J', 'Lucock M'],
    year: 2015,
    title:
      'Developing a change model for peer worker interventions in mental health services: a qualitative research study',
    venue: 'Epidemiology and Psychiatric Sciences',
    volume: '24',
    issue: '5',
    pages: { start: '435', end: '445' },
    doi: '10.1017/S2045796014000407',
    isProgrammeResearch: true,
    summary:
      'Models how peer work brings about change, from 71 interviews across the 10 case studies. It describes three change mechanisms and the organisational conditions that help or hinder them.',
  },
  {
    id: 'gillard-2015-organisational-contexts',
    slug: 'organisational-contexts-2015',
    kind: 'journal-article',
    authors: [
      'Gillard S',
      'Holley J',
      'Gibson S',
      'Larsen J',
      'Lucock M',
      'Oborn E',
      'Rinaldi M',
      'Stamou E',
    ],
    year: 2015,
    title:
      'Introducing new peer worker roles into mental health services in England: comparative case study research across a range of organisational contexts',
    venue: 'Administration and Policy in Mental Health and Mental Health Services Research',
    volume: '42',
    issue: '6',
    pages: { start: '682', end: '694' },
    doi: '10.1007/s10488-014-0603-z',
    isProgrammeResearch: true,
    summary:
      'Compares peer worker roles in the statutory sector, the voluntary sector and partnerships between them, and what helped or hindered the roles in each.',
  },
  {
    id: 'holley-2015-risk',
    slug: 'peer-worker-roles-and-risk-2015',
    kind: 'journal-article',
    authors: ['Holley J', 'Gillard S', 'Gibson S'],
    year: 2015,
    title:
      'Peer worker roles and risk in mental health services: a qualitative comparative case study',
    venue: 'Community Mental Health Journal',
    volume: '51',
    issue: '4',
    pages: { start: '477', end: '490' },
    doi: '10.1007/s10597-015-9843-y',
    isProgrammeResearch: true,
    summary:
      'Looks at risk in relation to peer worker roles, from 91 interviews across the 10 case studies: risk to peer workers’ wellbeing, and their part in managing risk to the people they support.',
  },
  {
    id: 'gillard-holley-2014-overview',
    slug: 'literature-overview-2014',
    kind: 'journal-article',
    authors: ['Gillard S', 'Holley J'],
    year: 2014,
    title: 'Peer workers in mental health services: literature overview',
    venue: 'Advances in Psychiatric Treatment',
    volume: '20',
    issue: '4',
    pages: { start: '286' },
    doi: '10.1192/apt.bp.113.011940',
    summary:
      'An overview of research on peer workers. It names organisational issues that may shape their impact: a distinctive role, shared expectations of it, strategic alignment and organisational support.',
  },
  {
    id: 'gillard-2013-team-roles',
    slug: 'peer-worker-roles-in-teams-2013',
    kind: 'journal-article',
    authors: ['Gillard S', 'Edwards C', 'Gibson SL', 'Owen K', 'Wright C'],
    year: 2013,
    title:
      'Introducing peer worker roles into UK mental health service teams: a qualitative analysis of the organisational benefits and challenges',
    venue: 'BMC Health Services Research',
    volume: '13',
    articleNumber: '188',
    doi: '10.1186/1472-6963-13-188',
    isProgrammeResearch: true,
    summary:
      'An earlier study by the same group: three peer worker roles at three sites, with interviews with 41 people. It looked at what helped and hindered bringing peer workers into teams.',
  },
  {
    id: 'sgul-2015-toolkit',
    slug: 'organisational-toolkit-2015',
    kind: 'toolkit',
    authors: ['St George’s, University of London'],
    year: 2015,
    title: 'Introducing Peer Workers into Mental Health Services: an Organisational Toolkit',
    venue: 'St George’s, University of London',
    summary:
      'The original toolkit from the research project, free to use and reproduce. It helps everyone involved plan peer worker roles together so they share the same expectations of the role.',
  },
  {
    id: 'lloyd-evans-2014-meta-analysis',
    slug: 'peer-support-meta-analysis-2014',
    kind: 'journal-article',
    authors: [
      'Lloyd-Evans B',
      'Mayo-Wilson E',
      'Harrison B',
      'Istead H',
      'Brown E',
      'Pilling S',
      'Johnson S',
      'Kendall T',
    ],
    year: 2014,
    title:
      'A systematic review and meta-analysis of randomised controlled trials of peer support for people with severe mental illness',
    venue: 'BMC Psychiatry',
    volume: '14',
    articleNumber: '39',
    doi: '10.1186/1471-244X-14-39',
    summary:
      'A review of 18 trials of peer support. It found some benefit for hope, recovery and empowerment, though not consistently, and little evidence of an effect on hospital admission or symptoms.',
  },
  {
    id: 'gillard-2017-principles',
    slug: 'principles-of-peer-support-2017',
    kind: 'journal-article',
    authors: ['Gillard S', 'Foster R', 'Gibson S', 'Goldsmith L', 'Marks J', 'White S'],
    year: 2017,
    title:
      'Describing a principles-based approach to developing and evaluating peer worker roles as peer support moves into mainstream mental health services',
    venue: 'Mental Health and Social Inclusion',
    volume: '21',
    issue: '3',
    pages: { start: '133', end: '143' },
    doi: '10.1108/MHSI-03-2017-0016',
    summary:
      'Sets out five principles of peer support, and one that runs through them all, for developing and evaluating peer worker roles.',
  },
  {
    id: 'gillard-2021-fidelity-index',
    slug: 'peer-support-fidelity-index-2021',
    kind: 'journal-article',
    authors: [
      'Gillard S',
      'Banach N',
      'Barlow E',
      'Byrne J',
      'Foster R',
      'Goldsmith L',
      'Marks J',
      'McWilliam C',
      'Morshead R',
      'Stepanian K',
      'Turner R',
      'Verey A',
      'White S',
    ],
    year: 2021,
    title:
      'Developing and testing a principle-based fidelity index for peer support in mental health services',
    venue: 'Social Psychiatry and Psychiatric Epidemiology',
    volume: '56',
    issue: '10',
    pages: { start: '1903', end: '1911' },
    doi: '10.1007/s00127-021-02038-4',
    summary:
      'Describes an index that checks whether one-to-one peer support stays true to its principles, in four domains.',
  },
  {
    id: 'gillard-2024-implementing',
    slug: 'implementing-peer-support-2024',
    kind: 'journal-article',
    authors: [
      'Gillard S',
      'Foster R',
      'White S',
      'Bhattacharya R',
      'Binfield P',
      'Eborall R',
      'Gibson SL',
      'Harnett D',
      'Simpson A',
      'Lucock M',
      'Marks J',
      'Repper J',
      'Rinaldi M',
      'Salla A',
      'Worner J',
    ],
    year: 2024,
    title:
      'Implementing peer support into practice in mental health services: a qualitative comparative case study',
    venue: 'BMC Health Services Research',
    volume: '24',
    articleNumber: '1050',
    doi: '10.1186/s12913-024-11447-5',
    summary:
      'Compares sites of the ENRICH trial of peer support for leaving hospital, to see what went with stronger and weaker implementation.',
  },
  {
    id: 'repper-2013-imroc-theory-practice',
    slug: 'imroc-peer-support-workers-theory-and-practice-2013',
    kind: 'briefing',
    authors: ['Repper J'],
    year: 2013,
    title: 'Peer Support Workers: Theory and Practice',
    venue:
      'ImROC briefing paper 5, Centre for Mental Health and Mental Health Network NHS Confederation',
    summary:
      'A briefing from the ImROC (Implementing Recovery through Organisational Change) programme on the ideas behind peer support, with eight principles of peer support.',
  },
  {
    id: 'repper-imroc-implementation-guide',
    slug: 'imroc-peer-support-workers-implementation-guide',
    kind: 'briefing',
    authors: ['Repper J'],
    title: 'Peer Support Workers: A Practical Guide to Implementation',
    venue: 'ImROC briefing paper 7',
    summary:
      'A practical ImROC briefing that sets out four phases for bringing in peer workers: preparation, recruitment, employment and ongoing development. Its year of publication is not recorded here.',
  },
  {
    id: 'imroc-2014-risk-safety',
    slug: 'imroc-recovery-risk-and-safety-2014',
    kind: 'briefing',
    authors: ['ImROC'],
    year: 2014,
    title: 'Recovery, risk and safety',
    venue: 'ImROC briefing paper 9',
    summary:
      'An ImROC briefing on recovery-focused, positive approaches to risk and safety, which the research on peer workers and risk draws on.',
  },
  {
    id: 'hee-2020-competence-framework',
    slug: 'peer-support-worker-competence-framework-2020',
    kind: 'framework',
    authors: ['Health Education England'],
    year: 2020,
    title: 'The Competence Framework for Mental Health Peer Support Workers',
    venue: 'Health Education England',
    summary:
      'A national framework of what mental health peer support workers need to know and do, in nine domains, including how organisations should employ, support and supervise them.',
  },
] as const satisfies readonly PublicationInput[];

export type PublicationId = (typeof publications)[number]['id'];
