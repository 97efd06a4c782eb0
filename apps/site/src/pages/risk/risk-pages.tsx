import {
  RelatedContentSchema,
  type RiskArea,
  RiskAreaSchema,
  type RiskDirection,
  riskDirectionLabels,
} from '@peer-toolkit/core';
import { ContentsList, InsetText, Markdown, RiskAreaView, StrengthTag } from '@peer-toolkit/ui';
import { loadAll } from '../../api/content-lookups.js';
import { PageNotFound, type PageRoute } from '../../render/page.js';
import { withContent } from '../../render/with-content.js';
import { InlineCitation } from '../research/inline-citation.js';
import { describe } from '../topics/topics-pages.js';

const RiskAreaWithRelatedSchema = RelatedContentSchema.extend({ item: RiskAreaSchema });

const directions = Object.keys(riskDirectionLabels) as RiskDirection[];

const directionIntros: Record<RiskDirection, string> = {
  'peer-worker-wellbeing':
    'How the work can affect peer workers themselves, and how to support them without holding them back.',
  'people-supported':
    'The peer worker’s part, alongside the rest of the team, in keeping the people they support safe.',
  organisation:
    'What an organisation can get wrong when it sets up peer worker roles, and how to avoid it.',
};

/** Risk areas grouped by direction, in the order directions are listed, keeping each group's order. */
export function groupByDirection(riskAreas: readonly RiskArea[]) {
  return directions.map((direction) => ({
    direction,
    riskAreas: riskAreas
      .filter((riskArea) => riskArea.direction === direction)
      .sort((a, b) => a.order - b.order),
  }));
}

export const riskIndexRoute: PageRoute = {
  path: '/risk',
  async render({ api }) {
    const riskAreas = await loadAll<RiskArea>(api, '/risk-areas', RiskAreaSchema);
    const groups = groupByDirection(riskAreas).filter((group) => group.riskAreas.length > 0);
    return {
      title: 'Risk guidance',
      description:
        'Risk when peer workers join mental health services: to peer workers’ wellbeing, to the people they support and to the organisation.',
      section: 'risk',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      body: await withContent(
        api,
        <>
          <h1>Risk guidance</h1>
          <p className="ptk-lead">
            Bringing in peer workers raises questions about risk: to peer workers, to the people
            they support and to the organisation. This guidance looks at each in turn and says who
            can act.
          </p>
          <InsetText>
            <p>
              The research behind the toolkit studied the first two directions: risk to peer
              workers’ own wellbeing, and their part in managing risk to the people they support
              <InlineCitation ids={['holley-2015-risk']} />. It found that rules meant to protect
              peer workers could stop them sharing their lived experience, and that their experience
              could offer new ways of understanding risk.
            </p>
            <p>
              The third direction, risk to the organisation, is <strong>suggested practice</strong>:
              advice that applies the research, not something the research studied.
            </p>
          </InsetText>
          <ContentsList
            items={groups.map((group) => ({
              id: group.direction,
              label: riskDirectionLabels[group.direction],
            }))}
          />
          {groups.map((group) => (
            <section
              key={group.direction}
              aria-labelledby={group.direction}
              className="ptk-risk-direction"
            >
              <h2 id={group.direction}>{riskDirectionLabels[group.direction]}</h2>
              {group.direction === 'organisation' ? (
                <p>
                  <StrengthTag strength="suggested-practice" /> Not studied by the research.
                </p>
              ) : null}
              <p>{directionIntros[group.direction]}</p>
              <ul className="ptk-item-list">
                {group.riskAreas.map((riskArea) => (
                  <li key={riskArea.id} className="ptk-item-list__item">
                    <h3>
                      <a href={`/risk/${riskArea.slug}`}>{riskArea.title}</a>
                    </h3>
                    <Markdown source={riskArea.summary} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>,
      ),
    };
  },
};

export const riskAreaRoute: PageRoute = {
  path: '/risk/:slug',
  async render({ api, req }) {
    const slug = String(req.params.slug);
    const found = await api.find(
      `/risk-areas/${encodeURIComponent(slug)}/related`,
      RiskAreaWithRelatedSchema,
    );
    if (!found) throw new PageNotFound();
    const { item: riskArea, ...related } = found;
    return {
      title: riskArea.title,
      description: describe(riskArea.summary),
      section: 'risk',
      breadcrumbs: [
        { href: '/', label: 'Home' },
        { href: '/risk', label: 'Risk guidance' },
      ],
      body: await withContent(api, <RiskAreaView riskArea={riskArea} related={related} />),
    };
  },
  async listPaths(api) {
    const riskAreas = await loadAll<RiskArea>(api, '/risk-areas', RiskAreaSchema);
    return riskAreas.map((riskArea) => `/risk/${riskArea.slug}`);
  },
};
