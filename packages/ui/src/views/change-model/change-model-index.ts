import {
  type ChangeModelEdge,
  type ChangeModelGraph,
  type ChangeModelNodeRef,
  outcomeSupportLabels,
} from '@peer-toolkit/core';

/** The four kinds of box in the diagram, each drawn in its own way. */
export type ChangeModelNodeVariant =
  | 'enabler'
  | 'constraint'
  | 'mechanism'
  | 'process'
  | 'downstream';

/** One node of the graph, whatever its collection, with what every view needs to show it. */
export interface ChangeModelNodeInfo {
  /** `type:id`, as edges refer to it. */
  key: string;
  type: ChangeModelNodeRef['type'];
  id: string;
  /** The id of its entry in the text version; links in the diagram point here. */
  anchor: string;
  title: string;
  variant: ChangeModelNodeVariant;
  /** "Enabler", "Change mechanism", …: says in words what the box's shape says. */
  kindLabel: string;
  /** For outcomes: how well the evidence supports it. */
  supportLabel?: string;
}

export interface ChangeModelIndex {
  /** Every node, in reading order: enablers, constraints, mechanisms, process, downstream. */
  nodes: ChangeModelNodeInfo[];
  byKey: ReadonlyMap<string, ChangeModelNodeInfo>;
  /** Edges whose two ends both exist. */
  edges: ChangeModelEdge[];
  outgoing(key: string): ChangeModelEdge[];
  incoming(key: string): ChangeModelEdge[];
}

const variantLabels: Record<ChangeModelNodeVariant, string> = {
  enabler: 'Enabler',
  constraint: 'Constraint',
  mechanism: 'Change mechanism',
  process: 'Process outcome',
  downstream: 'Downstream outcome',
};

export const changeModelNodeKey = (ref: ChangeModelNodeRef) => `${ref.type}:${ref.id}`;

/**
 * Indexes the graph once for the diagram, its layout and the text version. Anchors are the
 * slugs the rest of the site links to (`/change-model#slug`); a slug used twice across the three
 * collections gets its type as a prefix the second time, so ids stay unique on the page.
 */
export function indexChangeModel(graph: ChangeModelGraph): ChangeModelIndex {
  const nodes: ChangeModelNodeInfo[] = [];
  const used = new Set<string>();
  const add = (
    type: ChangeModelNodeRef['type'],
    item: { id: string; slug: string; title: string },
    variant: ChangeModelNodeVariant,
    supportLabel?: string,
  ) => {
    let anchor = item.slug;
    if (used.has(anchor)) anchor = `${type}-${item.slug}`;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${type}-${item.slug}-${n}`;
    used.add(anchor);
    nodes.push({
      key: `${type}:${item.id}`,
      type,
      id: item.id,
      anchor,
      title: item.title,
      variant,
      kindLabel: variantLabels[variant],
      ...(supportLabel ? { supportLabel } : {}),
    });
  };
  const enablers = graph.conditions.filter((c) => c.kind === 'enabler');
  const constraints = graph.conditions.filter((c) => c.kind === 'constraint');
  for (const condition of [...enablers, ...constraints]) {
    add('condition', condition, condition.kind);
  }
  for (const mechanism of graph.mechanisms) add('mechanism', mechanism, 'mechanism');
  const process = graph.outcomes.filter((o) => o.kind === 'process');
  const downstream = graph.outcomes.filter((o) => o.kind === 'downstream');
  for (const outcome of [...process, ...downstream]) {
    add('outcome', outcome, outcome.kind, outcomeSupportLabels[outcome.support]);
  }

  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const edges = graph.edges.filter(
    (edge) =>
      byKey.has(changeModelNodeKey(edge.source)) && byKey.has(changeModelNodeKey(edge.target)),
  );
  const outgoing = new Map<string, ChangeModelEdge[]>();
  const incoming = new Map<string, ChangeModelEdge[]>();
  for (const edge of edges) {
    const from = changeModelNodeKey(edge.source);
    const to = changeModelNodeKey(edge.target);
    outgoing.set(from, [...(outgoing.get(from) ?? []), edge]);
    incoming.set(to, [...(incoming.get(to) ?? []), edge]);
  }
  return {
    nodes,
    byKey,
    edges,
    outgoing: (key) => outgoing.get(key) ?? [],
    incoming: (key) => incoming.get(key) ?? [],
  };
}

export interface ChangeModelLinkGroup {
  /** "Helps", "Held back by", "Leads to", …, read before the list of nodes. */
  label: string;
  nodes: ChangeModelNodeInfo[];
}

/** What a node links to and from, in words, for the text version and the details panel. */
export function describeLinks(index: ChangeModelIndex, key: string): ChangeModelLinkGroup[] {
  const node = index.byKey.get(key);
  if (!node) return [];
  const sources = (relation?: ChangeModelEdge['relation']) =>
    index
      .incoming(key)
      .filter((edge) => !relation || edge.relation === relation)
      .map((edge) => index.byKey.get(changeModelNodeKey(edge.source)) as ChangeModelNodeInfo);
  const targets = index
    .outgoing(key)
    .map((edge) => index.byKey.get(changeModelNodeKey(edge.target)) as ChangeModelNodeInfo);
  const groups: ChangeModelLinkGroup[] =
    node.type === 'condition'
      ? [{ label: node.variant === 'enabler' ? 'Helps' : 'Can hold back', nodes: targets }]
      : node.type === 'mechanism'
        ? [
            { label: 'Helped by', nodes: sources('enables') },
            { label: 'Held back by', nodes: sources('constrains') },
            { label: 'Leads to', nodes: targets },
          ]
        : [
            { label: 'Comes from', nodes: sources() },
            { label: 'Leads to', nodes: targets },
          ];
  return groups.filter((group) => group.nodes.length > 0);
}
