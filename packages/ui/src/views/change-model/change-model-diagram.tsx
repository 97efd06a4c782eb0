import type { ChangeModelEdge, ChangeModelGraph } from '@peer-toolkit/core';
import type { ChangeModelNodeVariant } from './change-model-index.js';
import {
  type LayoutNode,
  type LayoutText,
  layoutChangeModel,
  layoutMetrics as m,
} from './layout.js';

/**
 * How each kind of box and line is drawn. Kinds differ by outline, strip, corner and dash, never
 * by colour alone, and the key spells each one out. Presentation attributes (not CSS) carry the
 * drawing, so the SVG reads the same in print, in the admin preview or without the stylesheet.
 */
const boxStyles: Record<
  ChangeModelNodeVariant,
  { fill: string; stroke: string; strokeWidth: number; dash?: string; radius: number }
> = {
  enabler: { fill: '#ffffff', stroke: '#0b0c0c', strokeWidth: 1.5, radius: 0 },
  constraint: { fill: '#ffffff', stroke: '#0b0c0c', strokeWidth: 1.5, dash: '6 4', radius: 0 },
  mechanism: { fill: '#d2e2f1', stroke: '#0c2d4a', strokeWidth: 2.5, radius: 12 },
  process: { fill: '#ffffff', stroke: '#484949', strokeWidth: 1.5, radius: 4 },
  downstream: { fill: '#f3f2f1', stroke: '#484949', strokeWidth: 1.5, radius: 18 },
};

const edgeStyles: Record<
  ChangeModelEdge['relation'],
  { stroke: string; strokeWidth: number; dash?: string; label: string; description: string }
> = {
  enables: {
    stroke: '#00703c',
    strokeWidth: 1.5,
    label: 'Enables',
    description: 'solid line, filled arrowhead',
  },
  constrains: {
    stroke: '#b0180c',
    strokeWidth: 1.5,
    dash: '7 4',
    label: 'Constrains',
    description: 'dashed line, hollow arrowhead',
  },
  'leads-to': {
    stroke: '#00535c',
    strokeWidth: 2.5,
    label: 'Leads to',
    description: 'thick line, open arrowhead',
  },
};

/** Arrowheads, drawn pointing right with their tip at (10, 5). */
function Arrowhead({ relation }: { relation: ChangeModelEdge['relation'] }) {
  const { stroke } = edgeStyles[relation];
  switch (relation) {
    case 'enables':
      return <path d="M0 0L10 5L0 10z" fill={stroke} />;
    case 'constrains':
      return <path d="M1 1L9.5 5L1 9z" fill="#ffffff" stroke={stroke} strokeWidth={1.6} />;
    case 'leads-to':
      return <path d="M1 0.5L9.5 5L1 9.5" fill="none" stroke={stroke} strokeWidth={2} />;
  }
}

const hatchPatternId = (prefix: string) => `${prefix}-hatch`;
const markerId = (prefix: string, relation: string) => `${prefix}-arrow-${relation}`;

/** The diagonal stripes that mark a constraint. */
function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width={6}
      height={6}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={6} height={6} fill="#f6d7d2" />
      <rect width={3} height={6} fill="#b0180c" />
    </pattern>
  );
}

const textColour = '#0b0c0c';
const secondaryColour = '#484949';

function Lines({
  lines,
  className,
  fontSize,
  bold = false,
  fill = textColour,
}: {
  lines: readonly LayoutText[];
  className: string;
  fontSize: number;
  bold?: boolean;
  fill?: string;
}) {
  if (lines.length === 0) return null;
  return (
    <text className={className} fontSize={fontSize} fontWeight={bold ? 700 : 400} fill={fill}>
      {lines.map((line, i) => (
        <tspan key={i} x={line.x} y={line.y}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

/** What a screen reader hears on the box; it starts with the words shown on it. */
function nodeAccessibleName(node: LayoutNode): string {
  const name = `${node.kindLabel}: ${node.title}`;
  return node.supportLabel ? `${name}. ${node.supportLabel}` : name;
}

function DiagramNode({ node, idPrefix }: { node: LayoutNode; idPrefix: string }) {
  const style = boxStyles[node.variant];
  const isCondition = node.type === 'condition';
  return (
    <a
      href={`#${node.anchor}`}
      className={`ptk-cm-node ptk-cm-node--${node.variant}`}
      aria-label={nodeAccessibleName(node)}
      data-cm-node={node.key}
      data-cm-anchor={node.anchor}
    >
      <rect
        className="ptk-cm-node__focus"
        x={node.x - 5}
        y={node.y - 5}
        width={node.width + 10}
        height={node.height + 10}
        rx={style.radius ? style.radius + 4 : 0}
        fill="none"
      />
      <rect
        className="ptk-cm-node__box"
        x={node.x}
        y={node.y}
        width={node.width}
        height={node.height}
        rx={style.radius}
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={style.strokeWidth}
        strokeDasharray={style.dash}
      />
      {isCondition ? (
        <rect
          className="ptk-cm-node__strip"
          x={node.x}
          y={node.y}
          width={8}
          height={node.height}
          fill={node.variant === 'enabler' ? '#00703c' : `url(#${hatchPatternId(idPrefix)})`}
        />
      ) : null}
      {node.kicker ? (
        <text
          className="ptk-cm-node__kicker"
          x={node.kicker.x}
          y={node.kicker.y}
          fontSize={m.kickerFont}
          fontWeight={700}
          letterSpacing={0.5}
          fill={secondaryColour}
        >
          {node.kicker.text.toUpperCase()}
        </text>
      ) : null}
      <Lines lines={node.titleLines} className="ptk-cm-node__title" fontSize={m.titleFont} bold />
      <Lines
        lines={node.noteLines}
        className="ptk-cm-node__note"
        fontSize={m.noteFont}
        fill={secondaryColour}
      />
    </a>
  );
}

/**
 * The change model as an SVG: four columns of boxes joined by lines. Every box is a link to its
 * entry in the text version (`#anchor`), so it works with no script; the site's script adds the
 * details panel and highlighting on top, using the data-cm-* attributes.
 */
export function ChangeModelDiagram({
  graph,
  labelledBy,
  describedBy,
  idPrefix = 'ptk-cm',
}: {
  graph: ChangeModelGraph;
  /** The id of the visible heading that names the diagram. */
  labelledBy: string;
  describedBy?: string | undefined;
  idPrefix?: string;
}) {
  const layout = layoutChangeModel(graph);
  const columnName = Object.fromEntries(layout.columns.map((c) => [c.key, c.heading]));
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the links
    <svg
      className="ptk-cm-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-cm-diagram=""
    >
      <defs>
        <HatchPattern id={hatchPatternId(idPrefix)} />
        {(Object.keys(edgeStyles) as ChangeModelEdge['relation'][]).map((relation) => (
          <marker
            key={relation}
            id={markerId(idPrefix, relation)}
            viewBox="0 0 10 10"
            refX={10}
            refY={5}
            markerWidth={10}
            markerHeight={10}
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <Arrowhead relation={relation} />
          </marker>
        ))}
      </defs>

      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g is not focusable; bands and headings repeat the groups' names */}
      <g aria-hidden="true">
        {layout.columns.map((column) => (
          <g key={column.key} className="ptk-cm-column">
            <rect
              className="ptk-cm-column__band"
              x={column.band.x}
              y={column.band.y}
              width={column.band.width}
              height={column.band.height}
              fill="#f3f2f1"
            />
            <Lines
              lines={column.headingLines}
              className="ptk-cm-column__heading"
              fontSize={m.headingFont}
              bold
            />
          </g>
        ))}
        {layout.groupLabels.map((label) => (
          <text
            key={label.text}
            className="ptk-cm-group-label"
            x={label.x}
            y={label.y}
            fontSize={m.groupFont}
            fontWeight={700}
            fill={secondaryColour}
          >
            {label.text}
          </text>
        ))}
      </g>

      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g is not focusable; the lines are told in words in the text version */}
      <g className="ptk-cm-edges" aria-hidden="true">
        {layout.edges.map((edge) => {
          const style = edgeStyles[edge.relation];
          return (
            <path
              key={edge.id}
              className={`ptk-cm-edge ptk-cm-edge--${edge.relation}`}
              d={edge.path}
              fill="none"
              stroke={style.stroke}
              strokeWidth={style.strokeWidth}
              strokeDasharray={style.dash}
              markerEnd={`url(#${markerId(idPrefix, edge.relation)})`}
              data-cm-edge={edge.relation}
              data-cm-source={edge.sourceKey}
              data-cm-target={edge.targetKey}
            />
          );
        })}
      </g>

      {layout.columns.map((column) => {
        const nodes = layout.nodes.filter((node) => node.column === column.key);
        if (nodes.length === 0) return null;
        return (
          // biome-ignore lint/a11y/useSemanticElements lint/a11y/noInteractiveElementToNoninteractiveRole: SVG has no fieldset; each column names its boxes for screen readers
          <g key={column.key} role="group" aria-label={columnName[column.key]}>
            {nodes.map((node) => (
              <DiagramNode key={node.key} node={node} idPrefix={idPrefix} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function BoxSample({ variant }: { variant: ChangeModelNodeVariant }) {
  const style = boxStyles[variant];
  return (
    <svg
      className="ptk-cm-legend__sample"
      viewBox="0 0 48 28"
      width={48}
      height={28}
      aria-hidden="true"
      focusable="false"
    >
      {variant === 'constraint' ? (
        <defs>
          <HatchPattern id="ptk-cm-legend-hatch" />
        </defs>
      ) : null}
      <rect
        x={1.5}
        y={1.5}
        width={45}
        height={25}
        rx={Math.min(style.radius, 12)}
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={style.strokeWidth}
        strokeDasharray={style.dash}
      />
      {variant === 'enabler' || variant === 'constraint' ? (
        <rect
          x={1.5}
          y={1.5}
          width={7}
          height={25}
          fill={variant === 'enabler' ? '#00703c' : 'url(#ptk-cm-legend-hatch)'}
        />
      ) : null}
    </svg>
  );
}

function LineSample({ relation }: { relation: ChangeModelEdge['relation'] }) {
  const style = edgeStyles[relation];
  return (
    <svg
      className="ptk-cm-legend__sample"
      viewBox="0 0 48 28"
      width={48}
      height={28}
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={2}
        y1={14}
        x2={38}
        y2={14}
        stroke={style.stroke}
        strokeWidth={style.strokeWidth}
        strokeDasharray={style.dash}
      />
      <g transform="translate(36 9)">
        <Arrowhead relation={relation} />
      </g>
    </svg>
  );
}

const boxKey: { variant: ChangeModelNodeVariant; term: string; text: string }[] = [
  {
    variant: 'enabler',
    term: 'Enabler',
    text: 'something in the organisation that helps (solid outline, solid strip)',
  },
  {
    variant: 'constraint',
    term: 'Constraint',
    text: 'something that gets in the way (dashed outline, striped strip)',
  },
  {
    variant: 'mechanism',
    term: 'Change mechanism',
    text: 'a way peer work brings about change (shaded, thick outline)',
  },
  {
    variant: 'process',
    term: 'Process outcome',
    text: 'happens during the peer work itself (white, square corners)',
  },
  {
    variant: 'downstream',
    term: 'Downstream outcome',
    text: 'may follow later (grey, rounded corners)',
  },
];

/** The key to the diagram: every kind of box and line, in words as well as by example. */
export function ChangeModelLegend({ headingId = 'ptk-cm-key' }: { headingId?: string }) {
  return (
    <div className="ptk-cm-legend">
      <h3 id={headingId} className="ptk-cm-legend__title">
        Key to the diagram
      </h3>
      <div className="ptk-cm-legend__groups">
        <ul className="ptk-cm-legend__list" aria-label="Boxes">
          {boxKey.map((item) => (
            <li key={item.variant}>
              <BoxSample variant={item.variant} />
              <span>
                <strong>{item.term}</strong>: {item.text}
              </span>
            </li>
          ))}
        </ul>
        <ul className="ptk-cm-legend__list" aria-label="Lines">
          {(Object.keys(edgeStyles) as ChangeModelEdge['relation'][]).map((relation) => (
            <li key={relation}>
              <LineSample relation={relation} />
              <span>
                <strong>{edgeStyles[relation].label}</strong>: {edgeStyles[relation].description}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
