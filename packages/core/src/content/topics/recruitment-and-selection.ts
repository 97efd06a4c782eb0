import type { ToolkitTopicInput } from '../../domain/toolkit-topic.js';
import { cite } from '../cite.js';

export const recruitmentAndSelection = {
  id: 'recruitment-and-selection',
  slug: 'recruitment-and-selection',
  order: 4,
  title: 'Recruitment and selection',
  summary:
    'How you recruit peer workers shapes what the role becomes. Use a fair, formal process that you plan with people who have lived experience. It helps everyone agree what the role is before anyone is appointed, and shows from the start that lived experience is valued.',
  findings: [
    {
      text: 'Good practice on practical matters, including recruitment and training, was found in all three kinds of setting studied: NHS organisations, the voluntary sector and partnerships. The study described this practice; it did not test which ways of recruiting work best.',
      evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
    },
    {
      text: 'In an earlier study, where peer workers were taken on without a formal recruitment process, people’s different expectations of the role only came out at the point of choosing who to appoint.',
      evidence: [cite('gillard-2013-team-roles', 'research-finding')],
    },
    {
      text: 'The national competence framework for peer support workers includes what organisations must do well to employ, support and supervise peer workers. This includes employment processes that are co-produced, meaning planned and run together with people who have lived experience as equal partners.',
      evidence: [cite('hee-2020-competence-framework', 'related-evidence')],
    },
    {
      text: 'A practical ImROC guide puts recruitment second of four phases. It comes after preparing the organisation, the teams and the peers, and before employment and ongoing development.',
      evidence: [cite('repper-imroc-implementation-guide', 'related-evidence')],
    },
  ],
  discussionQuestions: {
    'peer-workers': [
      'What helped, or got in the way, when you applied for peer work?',
      'How much would you want to share about your lived experience during selection, and who should decide?',
      'What would tell you, as an applicant, that an organisation really values lived experience?',
    ],
    'people-using-services': [
      'Would you like to help choose peer workers? What would help you take part?',
      'What qualities matter most to you in a peer worker?',
    ],
    'team-colleagues': [
      'What would you want to know about the role before a new peer worker joins?',
      'If you sit on a selection panel, how will you avoid judging candidates as if they were applying for your own job?',
    ],
    managers: [
      'Who with lived experience will help plan and run recruitment, and how will they be paid or thanked for it?',
      'How do your usual recruitment rules fit a role where lived experience is part of what you are looking for?',
      'Is everything agreed about the role before the advert goes out?',
    ],
  },
  suggestedActions: [
    {
      text: 'Use a formal recruitment process with a written role description and clear selection criteria. This brings different views of the role into the open before anyone is chosen.',
      evidence: [cite('gillard-2013-team-roles', 'suggested-practice')],
    },
    {
      text: 'Plan recruitment with people who have lived experience: writing the advert, deciding how to choose, and sitting on selection panels.',
      evidence: [cite('hee-2020-competence-framework', 'suggested-practice')],
    },
    {
      text: 'Agree how candidates will be asked about their lived experience. Sharing it is personal, so let candidates choose what they say and how much.',
      evidence: [cite('sgul-2015-toolkit', 'suggested-practice')],
    },
    {
      text: 'Prepare the team and the organisation before you advertise, not after someone has been appointed. See [Preparing the team](/topics/team-preparation).',
      evidence: [cite('repper-imroc-implementation-guide', 'suggested-practice')],
    },
    {
      text: 'Learn from other kinds of organisation. If you are an NHS organisation, ask a voluntary sector partner how they recruit peer workers, and the other way round.',
      evidence: [cite('gillard-2015-organisational-contexts', 'suggested-practice')],
    },
  ],
  evidence: [
    cite('gillard-2015-organisational-contexts', 'research-finding'),
    cite('gillard-2013-team-roles', 'research-finding'),
    cite('hee-2020-competence-framework', 'related-evidence'),
  ],
} satisfies ToolkitTopicInput;
