import { describe, expect, it } from 'vitest';
import { makeValidBundle } from '../fixtures/bundle.js';
import type { ContentBundle } from './content-bundle.js';
import { validateBundle } from './validate-bundle.js';

function problemsAfter(change: (bundle: ContentBundle) => void) {
  const bundle = makeValidBundle();
  change(bundle);
  return validateBundle(bundle).problems;
}

describe('validateBundle', () => {
  it('accepts the valid fixture bundle and returns it parsed', () => {
    const result = validateBundle(makeValidBundle());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each([
    {
      rule: 'unique-id',
      change: (b: ContentBundle) =>
        b.topics.push({ ...structuredClone(b.topics[0]!), slug: 'another-slug' }),
      path: ['topics', 2, 'id'],
    },
    {
      rule: 'unique-slug',
      change: (b: ContentBundle) => {
        b.topics[1]!.slug = b.topics[0]!.slug;
      },
      path: ['topics', 1, 'slug'],
    },
    {
      rule: 'unique-slug',
      change: (b: ContentBundle) => {
        b.topics[1]!.slug = b.topics[0]!.id;
      },
      path: ['topics', 1, 'slug'],
    },
    {
      rule: 'unique-doi',
      change: (b: ContentBundle) => {
        b.publications[1]!.doi = b.publications[0]!.doi!.toUpperCase();
      },
      path: ['publications', 1, 'doi'],
    },
    {
      rule: 'broken-reference',
      change: (b: ContentBundle) => {
        b.roles[0]!.relatedTopicIds = ['no-such-topic'];
      },
      path: ['roles', 0, 'relatedTopicIds', 0],
    },
    {
      rule: 'broken-reference',
      change: (b: ContentBundle) => {
        b.readinessQuestions[0]!.topicId = 'no-such-topic';
      },
      path: ['readinessQuestions', 0, 'topicId'],
    },
    {
      rule: 'unknown-publication',
      change: (b: ContentBundle) => {
        b.topics[0]!.findings[0]!.evidence = [
          { publicationId: 'nobody-2020', strength: 'research-finding' },
        ];
      },
      path: ['topics', 0, 'findings', 0, 'evidence', 0, 'publicationId'],
    },
    {
      rule: 'missing-evidence',
      change: (b: ContentBundle) => {
        b.riskAreas[0]!.actions[0]!.evidence = [];
      },
      path: ['riskAreas', 0, 'actions', 0, 'evidence'],
    },
    {
      rule: 'missing-evidence',
      change: (b: ContentBundle) => {
        b.mechanisms[0]!.subThemes[0]!.evidence = [];
      },
      path: ['mechanisms', 0, 'subThemes', 0, 'evidence'],
    },
    {
      rule: 'finding-source',
      change: (b: ContentBundle) => {
        b.outcomes[1]!.evidence = [
          { publicationId: 'fixture-review', strength: 'research-finding' },
        ];
      },
      path: ['outcomes', 1, 'evidence', 0, 'strength'],
    },
    {
      rule: 'orphan-node',
      change: (b: ContentBundle) => {
        b.conditions[0]!.mechanismIds = [];
      },
      path: ['conditions', 0],
    },
    {
      rule: 'outcome-link',
      change: (b: ContentBundle) => {
        b.outcomes[1]!.leadsToOutcomeIds = ['opening-up'];
      },
      path: ['outcomes', 1, 'leadsToOutcomeIds', 0],
    },
    {
      rule: 'outcome-link',
      change: (b: ContentBundle) => {
        b.outcomes[0]!.leadsToOutcomeIds = ['opening-up'];
      },
      path: ['outcomes', 0, 'leadsToOutcomeIds', 0],
    },
  ])('reports $rule at $path', ({ rule, change, path }) => {
    const problems = problemsAfter(change);
    expect(problems).toContainEqual(expect.objectContaining({ rule, path }));
  });

  it('reports a process outcome leading to another process outcome', () => {
    const problems = problemsAfter((b) => {
      b.outcomes.push({
        ...structuredClone(b.outcomes[0]!),
        id: 'feeling-heard',
        slug: 'feeling-heard',
        leadsToOutcomeIds: [],
      });
      b.outcomes[0]!.leadsToOutcomeIds = ['hope', 'feeling-heard'];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'outcome-link',
        path: ['outcomes', 0, 'leadsToOutcomeIds', 1],
      }),
    ]);
  });

  it('returns every problem, not only the first', () => {
    const problems = problemsAfter((b) => {
      b.roles[0]!.relatedTopicIds = ['gone'];
      b.roles[0]!.evidence = [];
      b.topics[1]!.slug = b.topics[0]!.slug;
    });
    expect(problems.map((p) => p.rule).sort()).toEqual([
      'broken-reference',
      'missing-evidence',
      'unique-slug',
    ]);
  });

  it('reports schema problems with their paths before running the rules', () => {
    const bundle = makeValidBundle() as unknown as {
      roles: { title: string }[];
      formatVersion: number;
    };
    bundle.roles[0]!.title = '';
    bundle.formatVersion = 2;
    const result = validateBundle(bundle);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([['formatVersion'], ['roles', 0, 'title']]),
    );
  });

  it('rejects things that are not bundles', () => {
    for (const input of [null, 42, 'bundle', [], {}]) {
      expect(validateBundle(input).ok).toBe(false);
    }
  });
});
