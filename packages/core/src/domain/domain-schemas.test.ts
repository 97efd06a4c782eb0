import { describe } from 'vitest';
import {
  distinctivenessCondition,
  groupFacilitatorRole,
  hopeOutcome,
  openingUpOutcome,
  roleDefinitionTopic,
  statutoryContext,
  studyPrincipleSet,
  trustMechanism,
  wellbeingRiskArea,
} from '../fixtures/domain.js';
import { runSchemaTable } from '../schema/schema-table.js';
import { ChangeMechanismSchema } from './change-mechanism.js';
import { ChangeOutcomeSchema } from './change-outcome.js';
import { OrganisationalConditionSchema } from './organisational-condition.js';
import { OrganisationalContextSchema } from './organisational-context.js';
import { PeerWorkerRoleSchema } from './peer-worker-role.js';
import { PrincipleSetSchema } from './principle-set.js';
import { RiskAreaSchema } from './risk-area.js';
import { ToolkitTopicSchema } from './toolkit-topic.js';

const badEvidence = [{ publicationId: 'fixture-study', strength: 'proven' }];

describe('PeerWorkerRoleSchema', () => {
  runSchemaTable(
    PeerWorkerRoleSchema,
    [
      { name: 'a studied role', value: groupFacilitatorRole },
      {
        name: 'a role with no known sector',
        value: { ...groupFacilitatorRole, sector: undefined },
      },
      {
        name: 'a role without links yet (defaults)',
        value: { ...groupFacilitatorRole, mechanismIds: undefined, evidence: undefined },
      },
    ],
    [
      {
        name: 'no title',
        value: { ...groupFacilitatorRole, title: '' },
        issue: { path: ['title'], message: 'Enter a role title' },
      },
      {
        name: 'a title over two lines',
        value: { ...groupFacilitatorRole, title: 'Peer\nworker' },
        issue: { path: ['title'], message: 'single line' },
      },
      {
        name: 'no employment basis',
        value: { ...groupFacilitatorRole, employmentBasis: [] },
        issue: { path: ['employmentBasis'] },
      },
      {
        name: 'an unknown setting',
        value: { ...groupFacilitatorRole, settings: ['prison'] },
        issue: { path: ['settings', 0] },
      },
      {
        name: 'an unknown sector',
        value: { ...groupFacilitatorRole, sector: 'private' },
        issue: { path: ['sector'] },
      },
      {
        name: 'a repeated mechanism',
        value: { ...groupFacilitatorRole, mechanismIds: ['trust', 'trust'] },
        issue: { path: ['mechanismIds'], message: 'Remove the repeated' },
      },
      {
        name: 'no activities',
        value: { ...groupFacilitatorRole, activities: [] },
        issue: { path: ['activities'] },
      },
      {
        name: 'an unknown evidence strength',
        value: { ...groupFacilitatorRole, evidence: badEvidence },
        issue: { path: ['evidence', 0, 'strength'] },
      },
    ],
  );
});

describe('ToolkitTopicSchema', () => {
  runSchemaTable(
    ToolkitTopicSchema,
    [
      { name: 'a complete topic', value: roleDefinitionTopic },
      {
        name: 'a topic with no questions for one group',
        value: {
          ...roleDefinitionTopic,
          discussionQuestions: { ...roleDefinitionTopic.discussionQuestions, managers: [] },
        },
      },
    ],
    [
      {
        name: 'no summary',
        value: { ...roleDefinitionTopic, summary: '' },
        issue: { path: ['summary'], message: 'Enter a summary' },
      },
      {
        name: 'a negative order',
        value: { ...roleDefinitionTopic, order: -1 },
        issue: { path: ['order'] },
      },
      {
        name: 'a finding without text',
        value: { ...roleDefinitionTopic, findings: [{ text: '', evidence: [] }] },
        issue: { path: ['findings', 0, 'text'] },
      },
      {
        name: 'an empty discussion question',
        value: {
          ...roleDefinitionTopic,
          discussionQuestions: { ...roleDefinitionTopic.discussionQuestions, managers: [''] },
        },
        issue: { path: ['discussionQuestions', 'managers', 0] },
      },
      {
        name: 'an evidence reference to a badly formed id',
        value: {
          ...roleDefinitionTopic,
          evidence: [{ publicationId: 'Not An Id', strength: 'research-finding' }],
        },
        issue: { path: ['evidence', 0, 'publicationId'] },
      },
    ],
  );
});

describe('RiskAreaSchema', () => {
  runSchemaTable(
    RiskAreaSchema,
    [{ name: 'a wellbeing risk area', value: wellbeingRiskArea }],
    [
      {
        name: 'an unknown direction',
        value: { ...wellbeingRiskArea, direction: 'public' },
        issue: { path: ['direction'] },
      },
      {
        name: 'an action without a party',
        value: { ...wellbeingRiskArea, actions: [{ text: 'Do it', evidence: [] }] },
        issue: { path: ['actions', 0, 'party'] },
      },
      {
        name: 'an action for an unknown party',
        value: { ...wellbeingRiskArea, actions: [{ party: 'police', text: 'Do it' }] },
        issue: { path: ['actions', 0, 'party'] },
      },
    ],
  );
});

describe('change model node schemas', () => {
  runSchemaTable(
    ChangeMechanismSchema,
    [{ name: 'a mechanism with a sub-theme', value: trustMechanism }],
    [
      {
        name: 'a sub-theme without a title',
        value: { ...trustMechanism, subThemes: [{ description: 'x' }] },
        issue: { path: ['subThemes', 0, 'title'] },
      },
    ],
  );
  runSchemaTable(
    ChangeOutcomeSchema,
    [
      { name: 'a process outcome', value: openingUpOutcome },
      { name: 'a downstream outcome', value: hopeOutcome },
    ],
    [
      {
        name: 'an unknown kind',
        value: { ...hopeOutcome, kind: 'final' },
        issue: { path: ['kind'] },
      },
      {
        name: 'an unknown support level',
        value: { ...hopeOutcome, support: 'proven' },
        issue: { path: ['support'] },
      },
    ],
  );
  runSchemaTable(
    OrganisationalConditionSchema,
    [{ name: 'an enabler', value: distinctivenessCondition }],
    [
      {
        name: 'neither enabler nor constraint',
        value: { ...distinctivenessCondition, kind: 'neutral' },
        issue: { path: ['kind'] },
      },
    ],
  );
});

describe('PrincipleSetSchema and OrganisationalContextSchema', () => {
  runSchemaTable(
    PrincipleSetSchema,
    [{ name: 'a set of one', value: studyPrincipleSet }],
    [
      {
        name: 'an empty set',
        value: { ...studyPrincipleSet, principles: [] },
        issue: { path: ['principles'], message: 'Add at least one principle' },
      },
    ],
  );
  runSchemaTable(
    OrganisationalContextSchema,
    [{ name: 'the statutory sector', value: statutoryContext }],
    [
      {
        name: 'a context with an unknown sector',
        value: { ...statutoryContext, sector: 'private' },
        issue: { path: ['sector'] },
      },
    ],
  );
});
