import {
  buildChangeModel,
  type ChangeMechanism,
  type ChangeModelGraph,
  type ChangeOutcome,
  ContentBundleSchema,
  type OrganisationalCondition,
} from '@peer-toolkit/core';
import { defaultContent } from '@peer-toolkit/core/content';
import {
  distinctivenessCondition,
  hopeOutcome,
  openingUpOutcome,
  trustMechanism,
} from '@peer-toolkit/core/fixtures';
import { describe, expect, it } from 'vitest';
import {
  type ChangeModelLayout,
  estimateTextWidth,
  type LayoutNode,
  layoutChangeModel,
  layoutMetrics,
  wrapText,
} from './layout.js';

const defaultGraph = (() => {
  const bundle = ContentBundleSchema.parse(defaultContent);
  return buildChangeModel(bundle);
})();

/** A small deterministic random source, so generated graphs are the same on every run. */
function randomSource(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    subset: <T>(items: readonly T[], chance: number) => items.filter(() => next() < chance),
  };
}

const words = [
  'peer',
  'support',
  'a',
  'of',
  'lived',
  'experience',
  'organisational',
  'relationships',
  'Wellbeing',
  'mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm',
  'in',
  'recovery',
  'WWW',
];

function generateGraph(seed: number): ChangeModelGraph {
  const random = randomSource(seed);
  const title = () => Array.from({ length: random.int(1, 12) }, () => random.pick(words)).join(' ');
  const downstream: ChangeOutcome[] = Array.from({ length: random.int(0, 9) }, (_, i) => ({
    ...hopeOutcome,
    id: `down-${i}`,
    slug: `down-${i}`,
    order: random.int(0, 20),
    title: title(),
    support: random.pick(['some-inconsistent', 'little-evidence', 'proposed'] as const),
  }));
  const process: ChangeOutcome[] = Array.from({ length: random.int(0, 9) }, (_, i) => ({
    ...openingUpOutcome,
    id: `process-${i}`,
    // Slugs may repeat across collections; anchors must still be unique.
    slug: i === 0 ? 'shared' : `process-${i}`,
    order: random.int(0, 20),
    title: title(),
    leadsToOutcomeIds: random.subset(downstream, 0.4).map((outcome) => outcome.id),
  }));
  const outcomes = [...process, ...downstream];
  const mechanisms: ChangeMechanism[] = Array.from({ length: random.int(0, 6) }, (_, i) => ({
    ...trustMechanism,
    id: `mechanism-${i}`,
    slug: i === 0 ? 'shared' : `mechanism-${i}`,
    order: random.int(0, 20),
    title: title(),
    // Mechanisms may also point straight at downstream outcomes.
    outcomeIds: random.subset(outcomes, 0.35).map((outcome) => outcome.id),
  }));
  const conditions: OrganisationalCondition[] = Array.from(
    { length: random.int(0, 16) },
    (_, i) => ({
      ...distinctivenessCondition,
      id: `condition-${i}`,
      slug: i === 0 ? 'shared' : `condition-${i}`,
      order: random.int(0, 20),
      title: title(),
      kind: random.pick(['enabler', 'constraint'] as const),
      mechanismIds: random.subset(mechanisms, 0.5).map((mechanism) => mechanism.id),
    }),
  );
  return buildChangeModel({ conditions, mechanisms, outcomes });
}

const overlaps = (a: LayoutNode, b: LayoutNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every invariant a layout must keep, whatever the graph. */
function expectSoundLayout(graph: ChangeModelGraph, layout: ChangeModelLayout) {
  const m = layoutMetrics;
  expect(layout.nodes).toHaveLength(
    graph.conditions.length + graph.mechanisms.length + graph.outcomes.length,
  );
  for (const [i, a] of layout.nodes.entries()) {
    for (const b of layout.nodes.slice(i + 1)) {
      if (overlaps(a, b)) throw new Error(`${a.key} overlaps ${b.key}`);
    }
    // Inside the drawing and inside its column.
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    const column = layout.columns.find((c) => c.key === a.column);
    expect(column).toBeDefined();
    expect(a.x).toBeGreaterThanOrEqual(column?.x ?? Number.NaN);
    expect(a.x + a.width).toBeLessThanOrEqual((column?.x ?? 0) + (column?.width ?? 0));
    // Every label line fits its box, across and down.
    const inner = a.x + a.width - m.paddingX;
    for (const line of a.titleLines) {
      expect(line.x + estimateTextWidth(line.text, m.titleFont, true)).toBeLessThanOrEqual(inner);
    }
    for (const line of a.noteLines) {
      expect(line.x + estimateTextWidth(line.text, m.noteFont)).toBeLessThanOrEqual(inner);
    }
    const lines = [a.kicker, ...a.titleLines, ...a.noteLines].filter(Boolean);
    for (const line of lines) {
      expect(line?.y).toBeGreaterThan(a.y);
      expect(line?.y).toBeLessThan(a.y + a.height);
    }
    expect(
      a.titleLines.map((line) => line.text.replace(/-$/, '').replace(/\s+/g, '')).join(''),
    ).toEqual(a.title.replace(/\s+/g, ''));
  }
  const anchors = layout.nodes.map((node) => node.anchor);
  expect(new Set(anchors).size).toBe(anchors.length);

  const byKey = new Map(layout.nodes.map((node) => [node.key, node]));
  expect(layout.edges).toHaveLength(graph.edges.length);
  for (const edge of layout.edges) {
    const source = byKey.get(edge.sourceKey);
    const target = byKey.get(edge.targetKey);
    if (!source || !target) throw new Error(`${edge.id} connects a node that is not drawn`);
    // Starts on the source's right side and ends on a side of the target.
    expect(edge.start.x).toBe(source.x + source.width);
    expect(edge.start.y).toBeGreaterThan(source.y);
    expect(edge.start.y).toBeLessThan(source.y + source.height);
    expect([target.x, target.x + target.width]).toContain(edge.end.x);
    expect(edge.end.y).toBeGreaterThan(target.y);
    expect(edge.end.y).toBeLessThan(target.y + target.height);
    expect(edge.path.startsWith(`M${edge.start.x} ${edge.start.y}`)).toBe(true);
    expect(edge.path.endsWith(`${edge.end.x} ${edge.end.y}`)).toBe(true);
  }
  // Edges that share a box side never share an end point.
  const ends = layout.edges.map((edge) => `${edge.end.x},${edge.end.y}`);
  expect(new Set(ends).size).toBe(ends.length);
}

describe('layoutChangeModel', () => {
  it('lays out the default change model soundly', () => {
    const layout = layoutChangeModel(defaultGraph);
    expectSoundLayout(defaultGraph, layout);
    expect(layout.columns.map((column) => column.heading)).toEqual([
      'Organisational conditions',
      'Change mechanisms',
      'Process outcomes',
      'Downstream outcomes',
    ]);
  });

  it('keeps its invariants for graphs of many shapes and sizes', () => {
    for (let seed = 1; seed <= 120; seed += 1) {
      const graph = generateGraph(seed);
      try {
        expectSoundLayout(graph, layoutChangeModel(graph));
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`);
      }
    }
  }, 30_000);

  it('is deterministic', () => {
    expect(layoutChangeModel(defaultGraph)).toEqual(
      layoutChangeModel(structuredClone(defaultGraph)),
    );
    const graph = generateGraph(42);
    expect(JSON.stringify(layoutChangeModel(graph))).toBe(
      JSON.stringify(layoutChangeModel(generateGraph(42))),
    );
  });

  it('puts each kind of node in its column, enablers above constraints', () => {
    const layout = layoutChangeModel(defaultGraph);
    const columnOf = (variant: string) => [
      ...new Set(layout.nodes.filter((n) => n.variant === variant).map((n) => n.column)),
    ];
    expect(columnOf('enabler')).toEqual(['conditions']);
    expect(columnOf('constraint')).toEqual(['conditions']);
    expect(columnOf('mechanism')).toEqual(['mechanisms']);
    expect(columnOf('process')).toEqual(['process']);
    expect(columnOf('downstream')).toEqual(['downstream']);
    const lastEnabler = Math.max(
      ...layout.nodes.filter((n) => n.variant === 'enabler').map((n) => n.y),
    );
    const firstConstraint = Math.min(
      ...layout.nodes.filter((n) => n.variant === 'constraint').map((n) => n.y),
    );
    expect(lastEnabler).toBeLessThan(firstConstraint);
    expect(layout.groupLabels.map((label) => label.text)).toEqual(['Enablers', 'Constraints']);
    // Left to right: conditions, mechanisms, process outcomes, downstream outcomes.
    const xs = layout.columns.map((column) => column.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('spreads a short column over the height of the tallest', () => {
    const layout = layoutChangeModel(defaultGraph);
    const mechanisms = layout.nodes.filter((node) => node.column === 'mechanisms');
    const conditions = layout.nodes.filter((node) => node.column === 'conditions');
    const bottom = (nodes: LayoutNode[]) => Math.max(...nodes.map((n) => n.y + n.height));
    expect(bottom(conditions) - bottom(mechanisms)).toBeLessThan(
      (bottom(conditions) - (conditions[0]?.y ?? 0)) / 4,
    );
  });

  it('draws the kind of a condition in words, and outcome support under the title', () => {
    const layout = layoutChangeModel(defaultGraph);
    const constraint = layout.nodes.find((node) => node.variant === 'constraint');
    expect(constraint?.kicker?.text).toBe('Constraint');
    const hope = layout.nodes.find((node) => node.id === 'hope');
    expect(hope?.noteLines.map((line) => line.text).join(' ')).toBe(
      'Some evidence, not consistent',
    );
  });

  it('lays out an empty model without failing', () => {
    const layout = layoutChangeModel({ conditions: [], mechanisms: [], outcomes: [], edges: [] });
    expect(layout.nodes).toEqual([]);
    expect(layout.edges).toEqual([]);
    expect(layout.width).toBeGreaterThan(0);
  });

  it('leaves out edges to nodes that are not in the graph', () => {
    const graph = buildChangeModel({
      conditions: [distinctivenessCondition],
      mechanisms: [],
      outcomes: [],
    });
    expect(graph.edges).toHaveLength(1);
    expect(layoutChangeModel(graph).edges).toEqual([]);
  });
});

describe('wrapText', () => {
  it('keeps every word, in order, on lines that fit', () => {
    const text = 'Building trusting relationships based on shared lived experience';
    const lines = wrapText(text, 150, 15, true);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 15, true)).toBeLessThanOrEqual(150);
  });

  it('splits a word too long for one line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60, 15);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/-/g, '')).toBe('Supercalifragilisticexpialidocious');
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 100, 15)).toEqual([]);
  });
});
