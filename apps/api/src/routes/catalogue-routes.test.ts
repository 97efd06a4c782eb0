import {
  ChangeModelGraphSchema,
  ContentTypeInfoSchema,
  contentTypeKeys,
  contentTypes,
  validateBundle,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestApp } from '../testing/use-test-app.js';

const bundle = loadDefaultBundle();
const testApp = useTestApp();

const get = (path: string) => request(testApp.app).get(`/api/v1${path}`);

describe('GET /content-types', () => {
  it('describes every content type with its path and filters', async () => {
    const res = await get('/content-types');
    expect(res.status).toBe(200);
    const { items } = z.object({ items: z.array(ContentTypeInfoSchema) }).parse(res.body);
    expect(items.map((item) => item.key)).toEqual(contentTypeKeys);
    expect(items.map((item) => item.path)).toEqual(
      contentTypeKeys.map((key) => contentTypes[key].path),
    );
    const roles = items.find((item) => item.key === 'roles')!;
    expect(roles.hasPages).toBe(true);
    expect(roles.filters.map((filter) => filter.field)).toEqual([
      'sector',
      'employmentBasis',
      'settings',
      'basis',
    ]);
    expect(roles.filters.find((filter) => filter.field === 'sector')).toMatchObject({
      values: ['statutory', 'voluntary', 'partnership'],
      isList: false,
    });
    expect(roles.filters.find((filter) => filter.field === 'settings')?.isList).toBe(true);
    expect(items.find((item) => item.key === 'readinessQuestions')?.hasPages).toBe(false);
  });

  it('advertises paths that each answer with a list', async () => {
    const { items } = (await get('/content-types')).body as { items: { path: string }[] };
    for (const { path } of items) {
      const res = await get(`/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.body.total, path).toBeGreaterThan(0);
    }
  });
});

describe('GET /change-model', () => {
  it('holds every condition, mechanism and outcome, in order', async () => {
    const res = await get('/change-model');
    expect(res.status).toBe(200);
    const graph = ChangeModelGraphSchema.parse(res.body);
    expect(graph.conditions).toHaveLength(bundle.conditions.length);
    expect(graph.mechanisms).toHaveLength(bundle.mechanisms.length);
    expect(graph.outcomes).toHaveLength(bundle.outcomes.length);
    const orders = graph.outcomes.map((outcome) => outcome.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('has edges that only join nodes in the graph, with the right relation', async () => {
    const graph = ChangeModelGraphSchema.parse((await get('/change-model')).body);
    const nodes = new Set([
      ...graph.conditions.map((node) => `condition:${node.id}`),
      ...graph.mechanisms.map((node) => `mechanism:${node.id}`),
      ...graph.outcomes.map((node) => `outcome:${node.id}`),
    ]);
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) {
      const source = `${edge.source.type}:${edge.source.id}`;
      const target = `${edge.target.type}:${edge.target.id}`;
      expect(nodes.has(source), source).toBe(true);
      expect(nodes.has(target), target).toBe(true);
      expect(edge.id).toBe(`${source}->${target}`);
      if (edge.source.type === 'condition') {
        const condition = graph.conditions.find((node) => node.id === edge.source.id)!;
        expect(edge.relation).toBe(condition.kind === 'enabler' ? 'enables' : 'constrains');
        expect(edge.target.type).toBe('mechanism');
      } else {
        expect(edge.relation).toBe('leads-to');
        expect(edge.target.type).toBe('outcome');
      }
    }
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
  });

  it('has one edge for every link a mechanism holds to an outcome', async () => {
    const graph = ChangeModelGraphSchema.parse((await get('/change-model')).body);
    const expected = bundle.mechanisms.flatMap((mechanism) =>
      mechanism.outcomeIds.map((id) => `mechanism:${mechanism.id}->outcome:${id}`),
    );
    const fromMechanisms = graph.edges
      .filter((edge) => edge.source.type === 'mechanism')
      .map((edge) => edge.id);
    expect(fromMechanisms.sort()).toEqual(expected.sort());
  });
});

describe('GET /bundle', () => {
  it('is a valid content bundle, equal to the default content it was seeded from', async () => {
    const res = await get('/bundle');
    expect(res.status).toBe(200);
    const validation = validateBundle(res.body);
    expect(validation.problems).toEqual([]);
    expect(validation.ok).toBe(true);
    expect(res.body.formatVersion).toBe(bundle.formatVersion);
    for (const key of contentTypeKeys) {
      const sortById = (items: { id: string }[]) =>
        [...items].sort((a, b) => a.id.localeCompare(b.id));
      expect(sortById(res.body[key]), key).toEqual(sortById(bundle[key] as { id: string }[]));
    }
  });
});
