import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PeerWorkerRoleSchema } from '../domain/peer-worker-role.js';
import { RiskAreaSchema } from '../domain/risk-area.js';
import { EvidenceListSchema } from '../evidence/evidence-reference.js';
import { groupFacilitatorRole, wellbeingRiskArea } from '../fixtures/domain.js';
import { referenceListTo, referenceTo } from './reference.js';
import { markdownText, plainText } from './text.js';
import { collectEvidenceLists, collectReferences, collectText } from './walk-schema.js';

describe('collectReferences', () => {
  it('finds single and listed references with their target collection', () => {
    const schema = z.object({
      topicId: referenceTo('topics', { title: 'Topic' }),
      roleIds: referenceListTo('roles', { title: 'Roles' }),
      optionalId: referenceTo('outcomes', { title: 'Outcome' }).optional(),
    });
    expect(collectReferences(schema, { topicId: 'a', roleIds: ['b', 'c'] })).toEqual([
      { path: ['topicId'], collection: 'topics', id: 'a' },
      { path: ['roleIds', 0], collection: 'roles', id: 'b' },
      { path: ['roleIds', 1], collection: 'roles', id: 'c' },
    ]);
  });

  it('finds evidence references inside nested claims', () => {
    const references = collectReferences(RiskAreaSchema, wellbeingRiskArea);
    expect(references).toContainEqual({
      path: ['actions', 0, 'evidence', 0, 'publicationId'],
      collection: 'publications',
      id: 'fixture-study',
    });
  });
});

describe('collectEvidenceLists', () => {
  it('finds each evidence list once, including empty ones', () => {
    const schema = z.object({
      evidence: EvidenceListSchema,
      nested: z.object({ evidence: EvidenceListSchema }),
    });
    expect(
      collectEvidenceLists(schema, { evidence: [], nested: { evidence: [] } }).map((l) => l.path),
    ).toEqual([['evidence'], ['nested', 'evidence']]);
  });
});

describe('collectText', () => {
  it('collects words and marks Markdown, skipping ids, slugs and references', () => {
    const schema = z.object({
      title: plainText({ title: 'Title', required: 'Enter it' }),
      body: markdownText({ title: 'Body', required: 'Enter it' }).optional(),
    });
    expect(collectText(schema, { title: 'Hello', body: '**Hi**' })).toEqual([
      { path: ['title'], text: 'Hello', isMarkdown: false },
      { path: ['body'], text: '**Hi**', isMarkdown: true },
    ]);
    const roleText = collectText(PeerWorkerRoleSchema, groupFacilitatorRole).map((t) => t.path[0]);
    expect(roleText).toContain('title');
    expect(roleText).not.toContain('id');
    expect(roleText).not.toContain('slug');
    expect(roleText).not.toContain('mechanismIds');
  });
});
