import type { z } from 'zod';
import { ExpectationQuestionSchema } from '../assessment/expectation-question.js';
import { ReadinessQuestionSchema } from '../assessment/readiness-question.js';
import { ChangeMechanismSchema } from '../domain/change-mechanism.js';
import { ChangeOutcomeSchema } from '../domain/change-outcome.js';
import { OrganisationalConditionSchema } from '../domain/organisational-condition.js';
import { OrganisationalContextSchema } from '../domain/organisational-context.js';
import { PeerWorkerRoleSchema } from '../domain/peer-worker-role.js';
import { PrincipleSetSchema } from '../domain/principle-set.js';
import { RiskAreaSchema } from '../domain/risk-area.js';
import { ToolkitTopicSchema } from '../domain/toolkit-topic.js';
import { PublicationSchema } from '../evidence/publication.js';

type ItemSchema = z.ZodObject<{ id: z.ZodType<string> }>;
type FieldOf<S extends ItemSchema> = Extract<keyof z.output<S>, string>;

export interface ContentTypeDefinition<S extends ItemSchema = ItemSchema> {
  /** Path segment in URLs and the API, kebab-case. */
  path: string;
  label: { singular: string; plural: string };
  description: string;
  schema: S;
  /** The field shown as the item's name in lists and pickers. */
  titleField: FieldOf<S>;
  /** Present when items have their own public page. */
  slugField?: FieldOf<S>;
  /** Present when editors choose the display order. */
  orderField?: FieldOf<S>;
  /** Enum or enum-list fields that list endpoints and screens can filter on. */
  filterFields: readonly FieldOf<S>[];
}

function defineContentType<S extends ItemSchema>(definition: ContentTypeDefinition<S>) {
  return definition;
}

/**
 * Every editable content type, keyed by its collection name in the bundle. The API's routes and
 * OpenAPI document, the admin's lists and forms, the search index and the integrity rules are all
 * driven from this table: a new content type is one schema and one entry here.
 */
export const contentTypes = {
  topics: defineContentType({
    path: 'topics',
    label: { singular: 'Toolkit topic', plural: 'Toolkit topics' },
    description: 'What organisations must get right when they introduce peer workers.',
    schema: ToolkitTopicSchema,
    titleField: 'title',
    slugField: 'slug',
    orderField: 'order',
    filterFields: [],
  }),
  riskAreas: defineContentType({
    path: 'risk-areas',
    label: { singular: 'Risk area', plural: 'Risk areas' },
    description:
      'Risk in three directions: to peer workers, to the people they support, to the organisation.',
    schema: RiskAreaSchema,
    titleField: 'title',
    slugField: 'slug',
    orderField: 'order',
    filterFields: ['direction'],
  }),
  roles: defineContentType({
    path: 'roles',
    label: { singular: 'Peer worker role', plural: 'Peer worker roles' },
    description: 'Profiles of peer worker roles: the roles studied and illustrative examples.',
    schema: PeerWorkerRoleSchema,
    titleField: 'title',
    slugField: 'slug',
    filterFields: ['sector', 'employmentBasis', 'settings', 'basis'],
  }),
  mechanisms: defineContentType({
    path: 'mechanisms',
    label: { singular: 'Change mechanism', plural: 'Change mechanisms' },
    description: 'How peer work brings about change.',
    schema: ChangeMechanismSchema,
    titleField: 'title',
    slugField: 'slug',
    orderField: 'order',
    filterFields: [],
  }),
  outcomes: defineContentType({
    path: 'outcomes',
    label: { singular: 'Outcome', plural: 'Outcomes' },
    description: 'Outcomes the evidence points to, with how well it supports each.',
    schema: ChangeOutcomeSchema,
    titleField: 'title',
    slugField: 'slug',
    orderField: 'order',
    filterFields: ['kind', 'support'],
  }),
  conditions: defineContentType({
    path: 'conditions',
    label: { singular: 'Organisational condition', plural: 'Organisational conditions' },
    description: 'What in an organisation helps or hinders peer work.',
    schema: OrganisationalConditionSchema,
    titleField: 'title',
    slugField: 'slug',
    orderField: 'order',
    filterFields: ['kind'],
  }),
  principleSets: defineContentType({
    path: 'principle-sets',
    label: { singular: 'Principle set', plural: 'Principle sets' },
    description: 'Published principles of peer support.',
    schema: PrincipleSetSchema,
    titleField: 'title',
    slugField: 'slug',
    orderField: 'order',
    filterFields: [],
  }),
  contexts: defineContentType({
    path: 'contexts',
    label: { singular: 'Organisational context', plural: 'Organisational contexts' },
    description: 'The organisational contexts the research compared.',
    schema: OrganisationalContextSchema,
    titleField: 'title',
    slugField: 'slug',
    orderField: 'order',
    filterFields: ['sector'],
  }),
  readinessQuestions: defineContentType({
    path: 'readiness-questions',
    label: { singular: 'Readiness question', plural: 'Readiness questions' },
    description: 'Questions of the readiness self-assessment.',
    schema: ReadinessQuestionSchema,
    titleField: 'prompt',
    orderField: 'order',
    filterFields: [],
  }),
  expectationQuestions: defineContentType({
    path: 'expectation-questions',
    label: { singular: 'Expectation statement', plural: 'Expectation statements' },
    description: 'Statements for the shared expectations exercise.',
    schema: ExpectationQuestionSchema,
    titleField: 'statement',
    orderField: 'order',
    filterFields: [],
  }),
  publications: defineContentType({
    path: 'publications',
    label: { singular: 'Publication', plural: 'Publications' },
    description: 'The research the guidance cites.',
    schema: PublicationSchema,
    titleField: 'title',
    slugField: 'slug',
    filterFields: ['kind'],
  }),
} as const;

export type ContentTypes = typeof contentTypes;
export type ContentTypeKey = keyof ContentTypes;
export type ContentSchemaOf<K extends ContentTypeKey> = ContentTypes[K]['schema'];
export type ContentItemOf<K extends ContentTypeKey> = z.output<ContentSchemaOf<K>>;
export type ContentItemInputOf<K extends ContentTypeKey> = z.input<ContentSchemaOf<K>>;

export const contentTypeKeys = Object.keys(contentTypes) as ContentTypeKey[];

export function isContentTypeKey(value: string): value is ContentTypeKey {
  return Object.hasOwn(contentTypes, value);
}

/** Looks a content type up by its URL path segment, like "risk-areas". */
export function findContentTypeByPath(path: string): ContentTypeKey | undefined {
  return contentTypeKeys.find((key) => contentTypes[key].path === path);
}
