import type { PeerWorkerRole } from '@peer-toolkit/core';
import { RoleBasisTag, roleFacts, SummaryList } from '@peer-toolkit/ui';
import { type FilterGroup, hasFilters, hrefWithout, type SelectedFilters } from './role-filters.js';

/** The filters as a GET form: it works without JavaScript and gives a shareable address. */
export function RoleFilterForm({
  groups,
  selected,
}: {
  groups: readonly FilterGroup[];
  selected: SelectedFilters;
}) {
  return (
    <form method="get" action="/roles#results" className="ptk-filters" aria-labelledby="filters">
      <h2 id="filters" className="ptk-filters__title">
        Filter roles
      </h2>
      <p className="ptk-hint">
        Tick any options. A role is shown if it matches one of the options ticked in every group.
      </p>
      {groups.map((group) => {
        const hintId = `filter-${group.field}-hint`;
        return (
          <div className="ptk-form-group" key={group.field}>
            <fieldset className="ptk-fieldset" aria-describedby={hintId}>
              <legend className="ptk-fieldset__legend">{group.title}</legend>
              <span className="ptk-hint" id={hintId}>
                {group.hint}
              </span>
              <div className="ptk-checkboxes ptk-checkboxes--small">
                {group.options.map((option) => {
                  const id = `filter-${group.field}-${option.value}`;
                  return (
                    <div className="ptk-choice" key={option.value}>
                      <input
                        type="checkbox"
                        id={id}
                        name={group.field}
                        value={option.value}
                        defaultChecked={selected[group.field]?.includes(option.value) ?? false}
                      />
                      <label htmlFor={id}>{option.label}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        );
      })}
      <div className="ptk-button-group">
        <button type="submit" className="ptk-button">
          Apply filters
        </button>
        <a href="/roles">Clear filters</a>
      </div>
    </form>
  );
}

function resultsHeading(shown: number, total: number, filtered: boolean): string {
  if (!filtered) return `${total} peer worker ${total === 1 ? 'role' : 'roles'}`;
  if (shown === 0) return 'No roles match your filters';
  return `${shown} of ${total} ${total === 1 ? 'role matches' : 'roles match'} your filters`;
}

/** The roles that match, each with its key facts, or help to widen the search. */
export function RoleResults({
  roles,
  total,
  groups,
  selected,
  unrecordedSectors,
}: {
  roles: readonly PeerWorkerRole[];
  total: number;
  groups: readonly FilterGroup[];
  selected: SelectedFilters;
  /** How many roles have no employer sector, and so never match a sector filter. */
  unrecordedSectors: number;
}) {
  const filtered = hasFilters(selected);
  const ticked = groups.flatMap((group) =>
    (selected[group.field] ?? []).map((value) => ({
      group,
      value,
      label: group.options.find((option) => option.value === value)?.label ?? value,
    })),
  );
  return (
    <section aria-labelledby="results" className="ptk-results">
      <h2 id="results">{resultsHeading(roles.length, total, filtered)}</h2>
      {filtered && unrecordedSectors > 0 && selected.sector ? (
        <p className="ptk-secondary">
          {unrecordedSectors === 1
            ? '1 role does not record an employer sector, so it is not shown when you filter by sector.'
            : `${unrecordedSectors} roles do not record an employer sector, so they are not shown when you filter by sector.`}
        </p>
      ) : null}
      {roles.length === 0 ? (
        <div className="ptk-no-results">
          <p>Try removing a filter:</p>
          <ul className="ptk-list">
            {ticked.map((item) => (
              <li key={`${item.group.field}-${item.value}`}>
                <a href={hrefWithout(selected, item.group.field, item.value)}>
                  Remove “{item.label}”
                  <span className="ptk-visually-hidden">
                    {' '}
                    from {item.group.title.toLowerCase()}
                  </span>
                </a>
              </li>
            ))}
          </ul>
          <p>
            Or <a href="/roles">clear all filters</a> to see every role.
          </p>
        </div>
      ) : (
        <ul className="ptk-item-list">
          {roles.map((role) => (
            <li key={role.id} className="ptk-item-list__item">
              <h3>
                <a href={`/roles/${role.slug}`}>{role.title}</a>
              </h3>
              <p>
                <RoleBasisTag basis={role.basis} />
              </p>
              <SummaryList rows={roleFacts(role, { withHours: false })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
