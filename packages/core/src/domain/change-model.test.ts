import { describe, expect, it } from 'vitest';
import {
  distinctivenessCondition,
  hopeOutcome,
  openingUpOutcome,
  trustMechanism,
} from '../fixtures/domain.js';
import { buildChangeModel, ChangeModelGraphSchema } from './change-model.js';

describe('buildChangeModel', () => {
  it('derives one edge per reference, typed by the kind of source', () => {
    const graph = buildChangeModel({
      conditions: [
        distinctivenessCondition,
        { ...distinctivenessCondition, id: 'silos', kind: 'constraint' },
      ],
      mechanisms: [trustMechanism],
      outcomes: [hopeOutcome, openingUpOutcome],
    });
    expect(graph.edges.map((edge) => [edge.id, edge.relation])).toEqual([
      ['condition:distinctiveness->mechanism:trust', 'enables'],
      ['condition:silos->mechanism:trust', 'constrains'],
      ['mechanism:trust->outcome:opening-up', 'leads-to'],
      ['outcome:opening-up->outcome:hope', 'leads-to'],
    ]);
    expect(ChangeModelGraphSchema.safeParse(graph).success).toBe(true);
  });

  it('orders nodes by their order field, then id', () => {
    const graph = buildChangeModel({
      conditions: [],
      mechanisms: [],
      outcomes: [hopeOutcome, openingUpOutcome],
    });
    expect(graph.outcomes.map((outcome) => outcome.id)).toEqual(['opening-up', 'hope']);
  });
});
