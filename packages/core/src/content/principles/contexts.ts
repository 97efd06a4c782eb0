import type { OrganisationalContextInput } from '../../domain/organisational-context.js';
import { cite } from '../cite.js';

export const contexts: OrganisationalContextInput[] = [
  {
    id: 'statutory-sector',
    slug: 'statutory-sector',
    order: 1,
    title: 'NHS and statutory services',
    sector: 'statutory',
    summary:
      'Here the NHS employs peer workers directly, for example in a Mental Health Trust. The research compared this setting with the voluntary sector and with partnerships. Good practice was possible here, as it was in every setting. Each employer’s culture shaped what people expected of the role. It also shaped what they meant by being “professional”.',
    findings: [
      {
        text: 'Good practice on structural matters, such as recruitment and training, was found in every setting studied, including NHS services.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'What people expected of the peer worker role differed from one organisational culture to another.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'Ideas of being “professional” and of practice boundaries mattered in every setting, but people understood them very differently. At times they wore away what made the peer role distinctive.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'Ask what your own organisation’s culture expects of staff, and whether that fits a peer role. Agree together what “professional” should mean for peer workers.',
        evidence: [cite('gillard-2015-organisational-contexts', 'suggested-practice')],
      },
    ],
    evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
  },
  {
    id: 'voluntary-sector',
    slug: 'voluntary-sector',
    order: 2,
    title: 'Voluntary sector',
    sector: 'voluntary',
    summary:
      'Here a charity or other voluntary group takes on peer workers, paid or unpaid. The research compared this setting with the NHS and with partnerships. Good practice was possible here too. As in every setting, the group’s culture shaped what people expected of the role. It also shaped what they meant by being “professional”.',
    findings: [
      {
        text: 'Good practice on structural matters, such as recruitment and training, was found in every setting studied, including the voluntary sector.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'What people expected of the peer worker role differed from one organisational culture to another.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'Ideas of being “professional” and of practice boundaries mattered in every setting, but people understood them very differently. At times they wore away what made the peer role distinctive.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'Do not assume that peer work will stay distinctive just because your organisation is not part of the NHS. Talk about what the role is for and how boundaries will work.',
        evidence: [cite('gillard-2015-organisational-contexts', 'suggested-practice')],
      },
    ],
    evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
  },
  {
    id: 'partnerships',
    slug: 'partnerships',
    order: 3,
    title: 'Partnerships between organisations',
    sector: 'partnership',
    summary:
      'Here an NHS body, such as a Trust, and a charity or other voluntary group work together on peer worker roles. The research compared this setting with the other two. Good practice was possible here too. Two cultures meet in a partnership, so take extra care to agree what the role is for. A later study suggests peer support is harder to put into practice when peer workers are employed across organisations.',
    findings: [
      {
        text: 'Good practice on structural matters, such as recruitment and training, was found in every setting studied, including partnerships.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'What people expected of the peer worker role differed from one organisational culture to another.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'Ideas of being “professional” and of practice boundaries mattered in every setting, but people understood them very differently. At times they wore away what made the peer role distinctive.',
        evidence: [cite('gillard-2015-organisational-contexts', 'research-finding')],
      },
      {
        text: 'A later study of peer support in several services found weaker implementation where peer workers were employed across organisations.',
        evidence: [cite('gillard-2024-implementing', 'related-evidence')],
      },
      {
        text: 'Agree early which organisation employs, manages and supervises peer workers. Bring partners together to share expectations of the role.',
        evidence: [
          cite('gillard-2015-organisational-contexts', 'suggested-practice'),
          cite('sgul-2015-toolkit', 'suggested-practice'),
        ],
      },
    ],
    evidence: [
      cite('gillard-2015-organisational-contexts', 'research-finding'),
      cite('gillard-2024-implementing', 'related-evidence'),
    ],
  },
];
