import { describe, expect, it } from 'vitest';
import { validateBundle } from '../bundle/validate-bundle.js';
import { defaultContent, loadDefaultBundle } from './index.js';

describe('default content', () => {
  it('passes every schema check and integrity rule', () => {
    const result = validateBundle(defaultContent);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has at least the amount of content the toolkit promises', () => {
    const bundle = loadDefaultBundle();
    expect(bundle.topics.length).toBeGreaterThanOrEqual(12);
    expect(bundle.mechanisms).toHaveLength(3);
    expect(bundle.riskAreas.length).toBeGreaterThanOrEqual(6);
    expect(new Set(bundle.riskAreas.map((area) => area.direction)).size).toBe(3);
    expect(bundle.roles.length).toBeGreaterThanOrEqual(8);
    expect(bundle.principleSets.length).toBeGreaterThanOrEqual(3);
    expect(bundle.contexts).toHaveLength(3);
    expect(bundle.readinessQuestions.length).toBeGreaterThanOrEqual(30);
    expect(bundle.expectationQuestions.length).toBeGreaterThanOrEqual(12);
  });
});
