import { listChangeModelEdges } from '../../domain/change-model.js';
import type { BundleProblem, IntegrityRule } from './integrity-rule.js';

const collectionByType = {
  condition: 'conditions',
  mechanism: 'mechanisms',
  outcome: 'outcomes',
} as const;

/** Every node of the change model takes part in at least one link. */
export const checkNoOrphanNodes: IntegrityRule = (bundle) => {
  const linked = new Set<string>();
  for (const edge of listChangeModelEdges(bundle)) {
    linked.add(`${edge.source.type}:${edge.source.id}`);
    linked.add(`${edge.target.type}:${edge.target.id}`);
  }
  const problems: BundleProblem[] = [];
  for (const [type, key] of Object.entries(collectionByType)) {
    bundle[key].forEach((node, index) => {
      if (linked.has(`${type}:${node.id}`)) return;
      problems.push({
        rule: 'orphan-node',
        path: [key, index],
        message: `The ${type} "${node.title}" is not linked to anything in the change model`,
      });
    });
  }
  return problems;
};

/** Only process outcomes lead on, only to downstream outcomes, never to themselves. */
export const checkOutcomeLinks: IntegrityRule = (bundle) => {
  const kindById = new Map(bundle.outcomes.map((outcome) => [outcome.id, outcome.kind]));
  const problems: BundleProblem[] = [];
  bundle.outcomes.forEach((outcome, index) => {
    outcome.leadsToOutcomeIds.forEach((targetId, position) => {
      const path = ['outcomes', index, 'leadsToOutcomeIds', position];
      if (targetId === outcome.id) {
        problems.push({ rule: 'outcome-link', path, message: 'An outcome cannot lead to itself' });
      } else if (outcome.kind !== 'process') {
        problems.push({
          rule: 'outcome-link',
          path,
          message:
            'Only process outcomes lead on to other outcomes; remove this link or change the kind',
        });
      } else if (kindById.get(targetId) === 'process') {
        problems.push({
          rule: 'outcome-link',
          path,
          message: `A process outcome can only lead to a downstream outcome, and "${targetId}" is a process outcome`,
        });
      }
    });
  });
  return problems;
};
