import { z } from 'zod';
import { IdSchema } from '../schema/identifier.js';
import { ChangeMechanismSchema } from './change-mechanism.js';
import { ChangeOutcomeSchema } from './change-outcome.js';
import { OrganisationalConditionSchema } from './organisational-condition.js';

export const ChangeModelNodeTypeSchema = z.enum(['condition', 'mechanism', 'outcome']);

export const ChangeModelNodeRefSchema = z.object({
  type: ChangeModelNodeTypeSchema,
  id: IdSchema,
});

export const ChangeModelRelationSchema = z.enum(['enables', 'constrains', 'leads-to']);

export const ChangeModelEdgeSchema = z.object({
  id: z.string(),
  source: ChangeModelNodeRefSchema,
  target: ChangeModelNodeRefSchema,
  relation: ChangeModelRelationSchema,
});

/**
 * The change model as one graph document: conditions enable or constrain mechanisms, mechanisms
 * lead to outcomes, and process outcomes lead to downstream ones. Edges are derived from the
 * references each node holds, so there is one place to edit a link.
 */
export const ChangeModelGraphSchema = z
  .object({
    conditions: z.array(OrganisationalConditionSchema),
    mechanisms: z.array(ChangeMechanismSchema),
    outcomes: z.array(ChangeOutcomeSchema),
    edges: z.array(ChangeModelEdgeSchema),
  })
  .meta({ title: 'Change model' });

export type ChangeModelNodeType = z.infer<typeof ChangeModelNodeTypeSchema>;
export type ChangeModelNodeRef = z.infer<typeof ChangeModelNodeRefSchema>;
export type ChangeModelEdge = z.infer<typeof ChangeModelEdgeSchema>;
export type ChangeModelGraph = z.infer<typeof ChangeModelGraphSchema>;

type GraphNodes = Pick<ChangeModelGraph, 'conditions' | 'mechanisms' | 'outcomes'>;

function edge(
  source: ChangeModelNodeRef,
  target: ChangeModelNodeRef,
  relation: ChangeModelEdge['relation'],
): ChangeModelEdge {
  return {
    id: `${source.type}:${source.id}->${target.type}:${target.id}`,
    source,
    target,
    relation,
  };
}

/** Lists the edges implied by the nodes' references, in a stable order. */
export function listChangeModelEdges({ conditions, mechanisms, outcomes }: GraphNodes) {
  const edges: ChangeModelEdge[] = [];
  for (const condition of conditions) {
    const relation = condition.kind === 'enabler' ? 'enables' : 'constrains';
    for (const id of condition.mechanismIds) {
      edges.push(
        edge({ type: 'condition', id: condition.id }, { type: 'mechanism', id }, relation),
      );
    }
  }
  for (const mechanism of mechanisms) {
    for (const id of mechanism.outcomeIds) {
      edges.push(
        edge({ type: 'mechanism', id: mechanism.id }, { type: 'outcome', id }, 'leads-to'),
      );
    }
  }
  for (const outcome of outcomes) {
    for (const id of outcome.leadsToOutcomeIds) {
      edges.push(edge({ type: 'outcome', id: outcome.id }, { type: 'outcome', id }, 'leads-to'));
    }
  }
  return edges;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
  a.order - b.order || a.id.localeCompare(b.id);

/** Builds the graph document from the three node collections. */
export function buildChangeModel(nodes: GraphNodes): ChangeModelGraph {
  const conditions = [...nodes.conditions].sort(byOrder);
  const mechanisms = [...nodes.mechanisms].sort(byOrder);
  const outcomes = [...nodes.outcomes].sort(byOrder);
  return {
    conditions,
    mechanisms,
    outcomes,
    edges: listChangeModelEdges({ conditions, mechanisms, outcomes }),
  };
}
