import { contentTypeKeys } from '@peer-toolkit/core';
import type { FieldErrors } from '../pages/form-fields.js';
import { actionGroups } from './audit-actions.js';

/** The filter form's fields, as they appear in the address (strings, empty when unused). */
export interface AuditFilters {
  user: string;
  action: string;
  type: string;
  item: string;
  from: string;
  to: string;
}

export const FILTER_FIELDS = ['user', 'action', 'type', 'item', 'from', 'to'] as const;

export const emptyFilters: AuditFilters = {
  user: '',
  action: '',
  type: '',
  item: '',
  from: '',
  to: '',
};

/** Targets that are not content: the accounts and the settings. */
export const otherTargetTypes = [
  { value: 'user', label: 'Users' },
  { value: 'settings', label: 'Security settings' },
] as const;

export function filtersFromSearch(params: URLSearchParams): AuditFilters {
  const filters = { ...emptyFilters };
  for (const field of FILTER_FIELDS) filters[field] = params.get(field)?.trim() ?? '';
  return filters;
}

export function pageFromSearch(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The address for some filters and a page: empty fields and page 1 are left out. */
export function searchFromFilters(filters: AuditFilters, page = 1): URLSearchParams {
  const search = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filters[field].trim();
    if (value) search.set(field, value);
  }
  if (page > 1) search.set('page', String(page));
  return search;
}

/** "2026-01-31" → its UTC midnight as a timestamp, or undefined when it is not a real day. */
function utcDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? time
    : undefined;
}

const knownActions = new Set<string>(
  actionGroups.flatMap((group) => group.options.map((option) => option.value)),
);
const knownTypes = new Set<string>([
  ...contentTypeKeys,
  ...otherTargetTypes.map((type) => type.value),
]);

/** What is wrong with the filters, by field, in the form's words. */
export function checkFilters(filters: AuditFilters): FieldErrors {
  const errors: FieldErrors = {};
  if (filters.action && !knownActions.has(filters.action)) errors.action = 'Choose an action';
  if (filters.type && !knownTypes.has(filters.type)) errors.type = 'Choose a type of item';
  if (filters.item.length > 120) errors.item = 'Enter an item id of 120 characters or fewer';
  if (filters.user.length > 254) errors.user = 'Enter an email address of 254 characters or fewer';
  const from = filters.from ? utcDay(filters.from) : undefined;
  const to = filters.to ? utcDay(filters.to) : undefined;
  if (filters.from && from === undefined)
    errors.from = 'Enter a real date for the start, like 2026-01-31';
  if (filters.to && to === undefined) errors.to = 'Enter a real date for the end, like 2026-01-31';
  if (from !== undefined && to !== undefined && to < from)
    errors.to = 'The end date must be the same as or after the start date';
  return errors;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The API's query for some filters and a page. Days are whole UTC days: "to" includes its whole
 * day, so it becomes the next midnight (the API's upper bound is exclusive).
 */
export function apiQueryFromFilters(filters: AuditFilters, page: number, pageSize: number) {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filters.user) query.set('actor', filters.user.trim().toLowerCase());
  if (filters.action) query.set('action', filters.action);
  if (filters.type) query.set('targetType', filters.type);
  if (filters.item) query.set('targetId', filters.item.trim());
  const from = filters.from ? utcDay(filters.from) : undefined;
  const to = filters.to ? utcDay(filters.to) : undefined;
  if (from !== undefined) query.set('from', new Date(from).toISOString());
  if (to !== undefined) query.set('to', new Date(to + DAY).toISOString());
  return query;
}
