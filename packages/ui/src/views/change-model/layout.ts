import type { ChangeModelEdge, ChangeModelGraph } from '@peer-toolkit/core';
import {
  type ChangeModelIndex,
  type ChangeModelNodeInfo,
  indexChangeModel,
  changeModelNodeKey as nodeKey,
} from './change-model-index.js';

/**
 * Lays the change model out in four columns (conditions, mechanisms, process outcomes, downstream
 * outcomes) for an SVG drawn on the server. Pure and deterministic: the same graph always gives
 * the same boxes, label lines and paths, in user units of the SVG's viewBox. Labels are wrapped
 * by an estimate of glyph widths, since nothing can be measured where the page is rendered.
 */

export type ChangeModelColumnKey = 'conditions' | 'mechanisms' | 'process' | 'downstream';

export interface LayoutText {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
}

export interface LayoutColumn {
  key: ChangeModelColumnKey;
  heading: string;
  x: number;
  width: number;
  headingLines: LayoutText[];
  /** The band behind the column, heading included. */
  band: { x: number; y: number; width: number; height: number };
}

export interface LayoutNode extends ChangeModelNodeInfo {
  column: ChangeModelColumnKey;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A short line above the title that names the kind of box ("Enabler"), if the box has one. */
  kicker?: LayoutText;
  titleLines: LayoutText[];
  /** For outcomes: how well the evidence supports it. */
  noteLines: LayoutText[];
  /** Where the text starts, right of the marker strip conditions have. */
  textX: number;
}

export interface LayoutEdge {
  id: string;
  relation: ChangeModelEdge['relation'];
  sourceKey: string;
  targetKey: string;
  /** SVG path data; it ends on the target box's edge, where the arrowhead goes. */
  path: string;
  start: { x: number; y: number };
  end: { x: number; y: number };
}

export interface ChangeModelLayout {
  width: number;
  height: number;
  columns: LayoutColumn[];
  /** "Enablers" and "Constraints", above their first box in the conditions column. */
  groupLabels: LayoutText[];
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

export const layoutMetrics = {
  margin: 8,
  columnPadding: 8,
  headingFont: 15,
  headingLine: 19,
  headingGap: 12,
  groupFont: 13,
  groupLine: 22,
  kickerFont: 11.5,
  kickerLine: 16,
  titleFont: 15,
  titleLine: 19,
  noteFont: 13,
  noteLine: 17,
  paddingX: 10,
  paddingY: 8,
  /** The strip on the left of a condition box: solid for enablers, hatched for constraints. */
  markerStrip: 8,
  nodeGap: 10,
  /** Room between the ends of edges that share a side of a box. */
  portGap: 9,
} as const;

const columnSpecs: { key: ChangeModelColumnKey; heading: string; width: number }[] = [
  { key: 'conditions', heading: 'Organisational conditions', width: 252 },
  { key: 'mechanisms', heading: 'Change mechanisms', width: 204 },
  { key: 'process', heading: 'Process outcomes', width: 180 },
  { key: 'downstream', heading: 'Downstream outcomes', width: 164 },
];
/** Edges from conditions are many, so that gap is wider. */
const columnGaps = [96, 72, 72];

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A rough width of text in a proportional sans-serif, from the share of the font size each glyph
 * takes. Tuned on DejaVu Sans, one of the widest fonts `system-ui` may fall back to, so labels
 * fit with other fonts too.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (/[ilj.,;:'’|!]/.test(char)) ems += 0.28;
    else if (/[ frt()-]/.test(char)) ems += 0.36;
    else if (/[mwMW]/.test(char)) ems += 0.88;
    else if (/[A-Z]/.test(char)) ems += 0.7;
    else ems += 0.57;
  }
  return ems * fontSize * (bold ? 1.23 : 1.1);
}

/** Wraps text into lines no wider than maxWidth; a word too long for a line is split. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(`${rest.slice(0, cut)}-`)) cut -= 1;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

function columnOf(node: ChangeModelNodeInfo): ChangeModelColumnKey {
  switch (node.variant) {
    case 'enabler':
    case 'constraint':
      return 'conditions';
    case 'mechanism':
      return 'mechanisms';
    default:
      return node.variant;
  }
}

interface Block {
  node: ChangeModelNodeInfo;
  groupLabel?: string;
  /** Lines relative to the box's top left; placed once the box has its position. */
  kicker?: string;
  titleLines: string[];
  noteLines: string[];
  height: number;
  labelHeight: number;
}

function measureBlock(
  node: ChangeModelNodeInfo,
  width: number,
  ports: number,
  groupLabel: string | undefined,
): Block {
  const m = layoutMetrics;
  const isCondition = node.type === 'condition';
  const inner = width - 2 * m.paddingX - (isCondition ? m.markerStrip : 0);
  const titleLines = wrapText(node.title, inner, m.titleFont, true);
  const noteLines = node.supportLabel ? wrapText(node.supportLabel, inner, m.noteFont) : [];
  const kicker = isCondition ? node.kindLabel : undefined;
  const textHeight =
    (kicker ? m.kickerLine : 0) +
    titleLines.length * m.titleLine +
    (noteLines.length > 0 ? 4 + noteLines.length * m.noteLine : 0);
  const height = Math.max(textHeight + 2 * m.paddingY, (ports + 1) * m.portGap);
  return {
    node,
    ...(groupLabel ? { groupLabel } : {}),
    ...(kicker ? { kicker } : {}),
    titleLines,
    noteLines,
    height,
    labelHeight: groupLabel ? m.groupLine : 0,
  };
}

const groupLabelFor = (node: ChangeModelNodeInfo, previous: ChangeModelNodeInfo | undefined) => {
  if (node.variant === 'enabler' && previous?.variant !== 'enabler') return 'Enablers';
  if (node.variant === 'constraint' && previous?.variant !== 'constraint') return 'Constraints';
  return undefined;
};

/** Spreads ends of several edges evenly along one side of a box. */
function portY(node: LayoutNode, index: number, count: number) {
  return node.y + (node.height * (index + 1)) / (count + 1);
}

function edgePath(
  start: { x: number; y: number },
  end: { x: number; y: number },
  backward: boolean,
) {
  if (backward) {
    // Same column or leftwards: loop out to the right and come back into the box's right side.
    const reach = 36;
    return `M${start.x} ${start.y}C${round(start.x + reach)} ${start.y} ${round(end.x + reach)} ${end.y} ${end.x} ${end.y}`;
  }
  const dx = round(Math.max(16, (end.x - start.x) * 0.5));
  return `M${start.x} ${start.y}C${round(start.x + dx)} ${start.y} ${round(end.x - dx)} ${end.y} ${end.x} ${end.y}`;
}

function placeEdges(index: ChangeModelIndex, placed: ReadonlyMap<string, LayoutNode>) {
  const columnIndex = (node: LayoutNode) => columnSpecs.findIndex((c) => c.key === node.column);
  const centre = (node: LayoutNode) => node.y + node.height / 2;
  const byCentre = (a: LayoutNode, b: LayoutNode) =>
    centre(a) - centre(b) || a.key.localeCompare(b.key);
  const get = (key: string) => placed.get(key) as LayoutNode;

  const starts = new Map<string, { x: number; y: number }>();
  const ends = new Map<string, { x: number; y: number }>();
  for (const node of placed.values()) {
    const out = index
      .outgoing(node.key)
      .slice()
      .sort((a, b) => byCentre(get(nodeKey(a.target)), get(nodeKey(b.target))));
    out.forEach((edge, i) => {
      starts.set(edge.id, { x: node.x + node.width, y: round(portY(node, i, out.length)) });
    });
    const into = index
      .incoming(node.key)
      .slice()
      .sort((a, b) => byCentre(get(nodeKey(a.source)), get(nodeKey(b.source))));
    into.forEach((edge, i) => {
      const backward = columnIndex(get(nodeKey(edge.source))) >= columnIndex(node);
      ends.set(edge.id, {
        x: backward ? node.x + node.width : node.x,
        y: round(portY(node, i, into.length)),
      });
    });
  }

  return index.edges.map((edge): LayoutEdge => {
    const source = get(nodeKey(edge.source));
    const target = get(nodeKey(edge.target));
    const start = starts.get(edge.id) as { x: number; y: number };
    const end = ends.get(edge.id) as { x: number; y: number };
    return {
      id: edge.id,
      relation: edge.relation,
      sourceKey: source.key,
      targetKey: target.key,
      path: edgePath(start, end, columnIndex(source) >= columnIndex(target)),
      start,
      end,
    };
  });
}

/** Computes where every box, label and edge of the change model goes. */
export function layoutChangeModel(graph: ChangeModelGraph): ChangeModelLayout {
  const m = layoutMetrics;
  const index = indexChangeModel(graph);

  let x = m.margin;
  const columnX = columnSpecs.map((spec, i) => {
    const at = x;
    x += spec.width + (columnGaps[i] ?? 0);
    return at;
  });
  const width = x + m.margin;

  const headings = columnSpecs.map((spec) =>
    wrapText(spec.heading, spec.width - 2 * m.columnPadding, m.headingFont, true),
  );
  const headingLines = Math.max(...headings.map((lines) => lines.length));
  const top = m.margin + m.columnPadding + headingLines * m.headingLine + m.headingGap;

  const blocksByColumn = columnSpecs.map((spec) => {
    const nodes = index.nodes.filter((node) => columnOf(node) === spec.key);
    return nodes.map((node, i) =>
      measureBlock(
        node,
        spec.width - 2 * m.columnPadding,
        Math.max(index.incoming(node.key).length, index.outgoing(node.key).length),
        groupLabelFor(node, nodes[i - 1]),
      ),
    );
  });
  const naturalHeight = (blocks: Block[]) =>
    blocks.reduce((sum, block) => sum + block.labelHeight + block.height, 0) +
    Math.max(0, blocks.length - 1) * m.nodeGap;
  const contentHeight = Math.max(0, ...blocksByColumn.map(naturalHeight));

  const placed = new Map<string, LayoutNode>();
  const groupLabels: LayoutText[] = [];
  blocksByColumn.forEach((blocks, c) => {
    const spec = columnSpecs[c] as (typeof columnSpecs)[number];
    const boxX = (columnX[c] as number) + m.columnPadding;
    const boxWidth = spec.width - 2 * m.columnPadding;
    // Shorter columns spread their boxes over the height of the tallest, so edges stay readable.
    const extra = contentHeight - naturalHeight(blocks);
    const share = blocks.length > 0 ? extra / blocks.length : 0;
    let y = top + share / 2;
    for (const block of blocks) {
      if (block.groupLabel) {
        groupLabels.push({ text: block.groupLabel, x: boxX, y: round(y + m.groupLine - 8) });
        y += block.labelHeight;
      }
      const isCondition = block.node.type === 'condition';
      const textX = round(boxX + m.paddingX + (isCondition ? m.markerStrip : 0));
      let line = y + m.paddingY;
      const kicker = block.kicker
        ? { text: block.kicker, x: textX, y: round(line + m.kickerLine - 4) }
        : undefined;
      if (kicker) line += m.kickerLine;
      const titleLines = block.titleLines.map((text) => {
        line += m.titleLine;
        return { text, x: textX, y: round(line - 5) };
      });
      if (block.noteLines.length > 0) line += 4;
      const noteLines = block.noteLines.map((text) => {
        line += m.noteLine;
        return { text, x: textX, y: round(line - 4) };
      });
      placed.set(block.node.key, {
        ...block.node,
        column: spec.key,
        x: round(boxX),
        y: round(y),
        width: boxWidth,
        height: round(block.height),
        ...(kicker ? { kicker } : {}),
        titleLines,
        noteLines,
        textX,
      });
      y += block.height + m.nodeGap + share;
    }
  });

  const bottom = top + contentHeight + m.columnPadding;
  const columns = columnSpecs.map((spec, c): LayoutColumn => {
    const at = columnX[c] as number;
    return {
      key: spec.key,
      heading: spec.heading,
      x: at,
      width: spec.width,
      headingLines: (headings[c] as string[]).map((text, i) => ({
        text,
        x: at + m.columnPadding,
        y: m.margin + m.columnPadding + (i + 1) * m.headingLine - 4,
      })),
      band: { x: at, y: m.margin, width: spec.width, height: round(bottom - m.margin) },
    };
  });

  return {
    width,
    height: round(bottom + m.margin),
    columns,
    groupLabels,
    nodes: index.nodes.map((node) => placed.get(node.key) as LayoutNode),
    edges: placeEdges(index, placed),
  };
}
