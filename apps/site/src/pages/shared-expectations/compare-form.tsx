import { MAX_RESPONDENTS } from '@peer-toolkit/core';
import { ErrorSummary } from '@peer-toolkit/ui';
import type { ReactNode } from 'react';
import { ErrorMessage } from './answer-form.js';
import {
  type CompareRow,
  type ExpectationsQuestionnaire,
  type FieldError,
  ROWS_TO_ADD,
} from './expectation-forms.js';

type Groups = ExpectationsQuestionnaire['groups'];

function fieldClass(base: string, error: string | undefined): string {
  return error ? `${base} ${base}--error` : base;
}

/** One person: a label, their share code, and optionally a group replacing the code's. */
export function CompareRowFields({
  row,
  groups,
  errors,
}: {
  row: CompareRow;
  groups: Groups;
  errors: readonly FieldError[];
}) {
  const error = (name: string) => {
    const found = errors.find((candidate) => candidate.field === `${name}-${row.number}`);
    return found ? (found.inline ?? found.message) : undefined;
  };
  const field = (name: 'label' | 'code' | 'group', label: string, control: ReactNode) => {
    const message = error(name);
    return (
      <div
        className={
          message
            ? 'ptk-form-group ptk-form-group--error ptk-compare-field'
            : 'ptk-form-group ptk-compare-field'
        }
      >
        <label className="ptk-label" htmlFor={`${name}-${row.number}`}>
          {label}
        </label>
        <ErrorMessage id={`${name}-${row.number}-error`} message={message} />
        {control}
      </div>
    );
  };
  const describedBy = (name: string) => (error(name) ? `${name}-${row.number}-error` : undefined);
  return (
    <fieldset className="ptk-fieldset ptk-compare-row" data-row={row.number}>
      <legend className="ptk-fieldset__legend">Person {row.number}</legend>
      <div className="ptk-compare-row__fields">
        {field(
          'label',
          'Label',
          <input
            className={fieldClass('ptk-input', error('label'))}
            id={`label-${row.number}`}
            name={`label-${row.number}`}
            type="text"
            defaultValue={row.label}
            maxLength={120}
            autoComplete="off"
            aria-describedby={describedBy('label')}
            aria-invalid={error('label') ? true : undefined}
          />,
        )}
        {field(
          'code',
          'Share code',
          <input
            className={`${fieldClass('ptk-input', error('code'))} ptk-input--code`}
            id={`code-${row.number}`}
            name={`code-${row.number}`}
            type="text"
            defaultValue={row.code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={describedBy('code')}
            aria-invalid={error('code') ? true : undefined}
          />,
        )}
        {field(
          'group',
          'Stakeholder group (optional)',
          <select
            className={fieldClass('ptk-select', error('group'))}
            id={`group-${row.number}`}
            name={`group-${row.number}`}
            defaultValue={row.group}
            aria-describedby={describedBy('group')}
            aria-invalid={error('group') ? true : undefined}
          >
            <option value="">As given in the code</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.label}
              </option>
            ))}
          </select>,
        )}
      </div>
    </fieldset>
  );
}

/**
 * The facilitator's form: a row per person. "Add more rows" is a submit button, so it works
 * without JavaScript by showing the form again with more rows and everything still filled in.
 */
export function CompareFormView({
  rows,
  groups,
  errors = [],
}: {
  rows: readonly CompareRow[];
  groups: Groups;
  errors?: readonly FieldError[];
}) {
  const canAdd = rows.length < MAX_RESPONDENTS;
  return (
    <>
      <ErrorSummary
        errors={errors.map((error) => ({ href: `#${error.field}`, message: error.message }))}
      />
      <h1>
        <span className="ptk-caption">Shared expectations</span> Compare share codes
      </h1>
      <div className="ptk-two-thirds">
        <p>
          Enter the share codes people gave you, with a label for each, such as a role or a first
          name (“Ward manager”, “Peer worker 2”). The labels are only used to show the comparison.
        </p>
        <p>
          Each code already holds the person’s stakeholder group. Only choose a group if you need to
          change it. You can compare up to {MAX_RESPONDENTS} people; leave rows you do not need
          empty.
        </p>
      </div>
      <form
        method="get"
        action="/shared-expectations/compare"
        className="ptk-compare-form"
        noValidate
        data-max-rows={MAX_RESPONDENTS}
      >
        <input type="hidden" name="rows" value={rows.length} data-row-count />
        <div className="ptk-compare-rows" data-compare-rows>
          {rows.map((row) => (
            <CompareRowFields key={row.number} row={row} groups={groups} errors={errors} />
          ))}
        </div>
        <div className="ptk-button-group">
          {/* Compare comes first, so pressing Enter in a field compares. */}
          <button type="submit" name="action" value="compare" className="ptk-button">
            Compare expectations
          </button>
          {canAdd ? (
            <button
              type="submit"
              name="action"
              value="add-rows"
              className="ptk-button ptk-button--secondary"
              data-add-rows
            >
              Add {ROWS_TO_ADD} more rows
            </button>
          ) : null}
        </div>
        <p className="ptk-secondary" role="status" data-rows-status />
      </form>
    </>
  );
}
