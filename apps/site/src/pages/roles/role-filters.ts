import {
  describeFilters,
  employerSectorLabels,
  employmentBasisLabels,
  roleSettingLabels,
} from '@peer-toolkit/core';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterGroup {
  field: string;
  title: string;
  hint: string;
  options: FilterOption[];
}

/** The values ticked in each filter group, in the order the group lists them. */
export type SelectedFilters = Record<string, string[]>;

const optionLabels: Record<string, Record<string, string>> = {
  sector: employerSectorLabels,
  employmentBasis: employmentBasisLabels,
  settings: roleSettingLabels,
  basis: { studied: 'Roles the research studied', illustrative: 'Illustrative examples' },
};

const hints: Record<string, string> = {
  sector: 'Who employs the peer workers.',
  employmentBasis: 'How the role is offered.',
  settings: 'Where the peer worker works.',
  basis: 'Studied roles come from the research. Illustrative examples are built from the evidence.',
};

/** The role filters the API offers, with their titles and values in words. */
export function describeRoleFilters(): FilterGroup[] {
  return describeFilters('roles').map((filter) => ({
    field: filter.field,
    title: filter.title,
    hint: hints[filter.field] ?? '',
    options: filter.values.map((value) => ({
      value,
      label: optionLabels[filter.field]?.[value] ?? value,
    })),
  }));
}

/**
 * The filters in a query string, as the form sends them (a parameter repeated) or as the API
 * takes them (comma-separated). Values the API does not know are dropped, so a stale or edited
 * link still shows a page.
 */
export function readRoleFilters(
  params: URLSearchParams,
  groups: readonly FilterGroup[] = describeRoleFilters(),
): SelectedFilters {
  const selected: SelectedFilters = {};
  for (const group of groups) {
    const raw = new Set(params.getAll(group.field).flatMap((value) => value.split(',')));
    const values = group.options.map((option) => option.value).filter((value) => raw.has(value));
    if (values.length > 0) selected[group.field] = values;
  }
  return selected;
}

export function hasFilters(selected: SelectedFilters): boolean {
  return Object.values(selected).some((values) => values.length > 0);
}

/** The query string the form itself would send for these filters, without the "?". */
export function formQuery(selected: SelectedFilters): string {
  const params = new URLSearchParams();
  for (const [field, values] of Object.entries(selected)) {
    for (const value of values) params.append(field, value);
  }
  return params.toString();
}

/** The API list path for these filters, like "/roles?sector=voluntary,partnership". */
export function apiRolesPath(selected: SelectedFilters): string {
  const parts = Object.entries(selected)
    .filter(([, values]) => values.length > 0)
    .map(
      ([field, values]) =>
        `${encodeURIComponent(field)}=${values.map(encodeURIComponent).join(',')}`,
    );
  return parts.length > 0 ? `/roles?${parts.join('&')}` : '/roles';
}

/** The address of the list with one ticked value taken away. */
export function hrefWithout(selected: SelectedFilters, field: string, value: string): string {
  const next: SelectedFilters = {};
  for (const [key, values] of Object.entries(selected)) {
    const kept = key === field ? values.filter((candidate) => candidate !== value) : values;
    if (kept.length > 0) next[key] = kept;
  }
  const query = formQuery(next);
  return query ? `/roles?${query}#results` : '/roles#results';
}
