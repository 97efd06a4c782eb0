import type {
  ChangeMechanism,
  ChangeModelGraph,
  ChangeOutcome,
  EvidenceReference,
  OrganisationalCondition,
  OutcomeSupport,
  Publication,
} from '@peer-toolkit/core';
import { Fragment } from 'react';
import { useContent } from '../../components/content-context.js';
import { EvidenceList } from '../../components/evidence.js';
import { InsetText, Tag } from '../../components/layout-pieces.js';
import { Markdown } from '../../components/markdown.js';
import { ReferenceList } from '../../components/publication-citation.js';
import { type ChangeModelIndex, describeLinks } from './change-model-index.js';

/** Toolkit topics a condition links to, by topic id. */
export type ChangeModelTopicLookup = ReadonlyMap<string, { title: string; slug: string }>;

const supportTone: Record<OutcomeSupport, 'blue' | 'neutral' | 'purple'> = {
  'some-inconsistent': 'blue',
  'little-evidence': 'neutral',
  proposed: 'purple',
};

type Item = OrganisationalCondition | ChangeMechanism | ChangeOutcome;

/** "Helps: …", "Leads to: …": the links of the model, as lists of links to other entries. */
function LinkRows({
  index,
  nodeKey,
  topics,
}: {
  index: ChangeModelIndex;
  nodeKey: string;
  topics?: { title: string; href: string }[] | undefined;
}) {
  const groups = describeLinks(index, nodeKey);
  if (groups.length === 0 && !topics?.length) return null;
  const row = (label: string, links: { title: string; href: string }[], isRelation: boolean) => (
    <div className="ptk-cm-links__row" key={label} data-cm-relation={isRelation ? '' : undefined}>
      <dt>{label}:</dt>
      <dd>
        {links.map((link, i) => (
          <Fragment key={link.href}>
            {i > 0 ? '; ' : null}
            <a href={link.href}>{link.title}</a>
          </Fragment>
        ))}
      </dd>
    </div>
  );
  return (
    <dl className="ptk-cm-links">
      {groups.map((group) =>
        row(
          group.label,
          group.nodes.map((node) => ({ title: node.title, href: `#${node.anchor}` })),
          true,
        ),
      )}
      {topics?.length ? row('Toolkit topics', topics, false) : null}
    </dl>
  );
}

function Entry({
  index,
  item,
  nodeKey,
  headingLevel,
  topics,
  children,
}: {
  index: ChangeModelIndex;
  item: Item;
  nodeKey: string;
  headingLevel: 3 | 4;
  topics?: ChangeModelTopicLookup | undefined;
  children?: React.ReactNode;
}) {
  const { linkTo } = useContent();
  const node = index.byKey.get(nodeKey);
  if (!node) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const topicLinks =
    'topicIds' in item && topics
      ? item.topicIds.flatMap((id) => {
          const topic = topics.get(id);
          return topic ? [{ title: topic.title, href: linkTo('topics', topic.slug) }] : [];
        })
      : undefined;
  return (
    <div
      className={`ptk-cm-entry ptk-cm-entry--${node.variant}`}
      id={node.anchor}
      data-cm-entry={node.key}
      data-cm-kind={node.kindLabel}
    >
      <Heading id={`${node.anchor}-title`} className="ptk-cm-entry__title">
        {node.title}
      </Heading>
      {'support' in item ? (
        <p className="ptk-cm-entry__support">
          How well the evidence supports it:{' '}
          <Tag tone={supportTone[item.support]}>{node.supportLabel}</Tag>
        </p>
      ) : null}
      <Markdown source={item.summary} className="ptk-cm-entry__summary" />
      <LinkRows index={index} nodeKey={node.key} topics={topicLinks} />
      {children}
      <EvidenceList evidence={item.evidence} label={`Evidence for ${node.title}`} />
    </div>
  );
}

function SubThemes({ mechanism }: { mechanism: ChangeMechanism }) {
  if (mechanism.subThemes.length === 0) return null;
  return (
    <>
      <h4 className="ptk-cm-subthemes__title">Parts of this mechanism</h4>
      <ul className="ptk-cm-subthemes">
        {mechanism.subThemes.map((theme) => (
          <li key={theme.title}>
            <p className="ptk-cm-subthemes__name">
              <strong>{theme.title}</strong>
            </p>
            <Markdown source={theme.description} />
            <EvidenceList evidence={theme.evidence} label={`Evidence for ${theme.title}`} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every publication the model's evidence cites, by first author and year. */
export function listChangeModelSources(
  graph: ChangeModelGraph,
  publications: ReadonlyMap<string, Publication>,
): Publication[] {
  const ids = new Set<string>();
  const collect = (evidence: readonly EvidenceReference[]) => {
    for (const reference of evidence) ids.add(reference.publicationId);
  };
  for (const item of [...graph.conditions, ...graph.mechanisms, ...graph.outcomes]) {
    collect(item.evidence);
  }
  for (const mechanism of graph.mechanisms) {
    for (const theme of mechanism.subThemes) collect(theme.evidence);
  }
  return [...ids]
    .flatMap((id) => publications.get(id) ?? [])
    .sort(
      (a, b) =>
        (a.authors[0] ?? '').localeCompare(b.authors[0] ?? '') ||
        (a.year ?? 0) - (b.year ?? 0) ||
        a.title.localeCompare(b.title),
    );
}

/** The sections of the text version, for a page's contents list. */
export const changeModelTextSections = [
  { id: 'cm-conditions', label: 'Organisational conditions' },
  { id: 'cm-mechanisms', label: 'Change mechanisms' },
  { id: 'cm-outcomes', label: 'Outcomes the evidence points to' },
  { id: 'cm-sources', label: 'Sources' },
] as const;

/**
 * The change model in words: everything the diagram shows, with each item's summary, links and
 * evidence. Each entry's id is the anchor the diagram's boxes link to.
 */
/** Conditions or outcomes under a heading per kind (enablers, constraints; process, downstream). */
function EntryGroups({
  groups,
  kind,
  index,
  topics,
}: {
  groups: { id: string; heading: string; intro: string; items: Item[] }[];
  kind: 'condition' | 'outcome';
  index: ChangeModelIndex;
  topics?: ChangeModelTopicLookup | undefined;
}) {
  return groups.map((group) =>
    group.items.length > 0 ? (
      <section key={group.id} aria-labelledby={group.id}>
        <h3 id={group.id}>{group.heading}</h3>
        <p>{group.intro}</p>
        {group.items.map((item) => (
          <Entry
            key={item.id}
            index={index}
            item={item}
            nodeKey={`${kind}:${item.id}`}
            headingLevel={4}
            topics={topics}
          />
        ))}
      </section>
    ) : null,
  );
}

export function ChangeModelText({
  graph,
  index,
  topics,
}: {
  graph: ChangeModelGraph;
  index: ChangeModelIndex;
  topics?: ChangeModelTopicLookup | undefined;
}) {
  const { publications } = useContent();
  const enablers = graph.conditions.filter((c) => c.kind === 'enabler');
  const constraints = graph.conditions.filter((c) => c.kind === 'constraint');
  const process = graph.outcomes.filter((o) => o.kind === 'process');
  const downstream = graph.outcomes.filter((o) => o.kind === 'downstream');
  const sources = listChangeModelSources(graph, publications);
  const conditionGroups = [
    {
      id: 'cm-enablers',
      heading: 'Enablers: what helps',
      intro: 'These help the change mechanisms work.',
      items: enablers,
    },
    {
      id: 'cm-constraints',
      heading: 'Constraints: what gets in the way',
      intro: 'These can hold the change mechanisms back.',
      items: constraints,
    },
  ];
  const outcomeGroups = [
    {
      id: 'cm-process-outcomes',
      heading: 'Process outcomes',
      intro: 'These happen during the peer work itself.',
      items: process,
    },
    {
      id: 'cm-downstream-outcomes',
      heading: 'Downstream outcomes',
      intro: 'These may follow later, in a person’s life or in their use of services.',
      items: downstream,
    },
  ];

  return (
    <div className="ptk-cm-text">
      <section aria-labelledby="cm-conditions">
        <h2 id="cm-conditions">Organisational conditions</h2>
        <p>
          Things about an organisation that can help the change mechanisms work, or get in their
          way. Each one links to the toolkit topics that help you get it right.
        </p>
        <EntryGroups groups={conditionGroups} kind="condition" index={index} topics={topics} />
      </section>

      <section aria-labelledby="cm-mechanisms">
        <h2 id="cm-mechanisms">Change mechanisms</h2>
        <p>The ways the research found that peer work brings about change.</p>
        {graph.mechanisms.map((mechanism) => (
          <Entry
            key={mechanism.id}
            index={index}
            item={mechanism}
            nodeKey={`mechanism:${mechanism.id}`}
            headingLevel={3}
          >
            <SubThemes mechanism={mechanism} />
          </Entry>
        ))}
      </section>

      <section aria-labelledby="cm-outcomes">
        <h2 id="cm-outcomes">Outcomes the evidence points to</h2>
        <InsetText>
          <p>
            This list of outcomes, and the links to and from it, are how this toolkit reads the
            evidence. They are not the change model paper’s own figure, and the links have not been
            tested as pathways. Each outcome says how well the evidence supports it.
          </p>
        </InsetText>
        <EntryGroups groups={outcomeGroups} kind="outcome" index={index} />
      </section>

      {sources.length > 0 ? (
        <section aria-labelledby="cm-sources">
          <h2 id="cm-sources">Sources</h2>
          <ReferenceList publications={sources} />
        </section>
      ) : null}
    </div>
  );
}
