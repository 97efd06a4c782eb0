import { useId, useState } from 'react';
import { describedBy, FieldGroup, FieldsetGroup } from './field-group.js';
import { useForm } from './form-context.js';
import { fieldId } from './form-value.js';
import {
  collectionNoun,
  collectionPluralNoun,
  type ReferenceOption,
  useReferenceOptions,
} from './reference-options.js';
import type { FieldProps } from './simple-fields.js';

/** Most unchosen options a many-reference picker lists before asking for a filter. */
export const SHOWN_LIMIT = 50;

function optionLabel(option: ReferenceOption): string {
  return option.isPublished ? option.title : `${option.title} (not published yet)`;
}

/** Options plus any chosen id the list does not have, so a broken link is shown, not dropped. */
function withChosen(options: ReferenceOption[], chosen: readonly string[]): ReferenceOption[] {
  const known = new Set(options.map((option) => option.id));
  const missing = chosen
    .filter((id) => !known.has(id))
    .map((id) => ({ id, title: `${id} (not found: it may have been deleted)`, isPublished: true }));
  return [...missing, ...options];
}

/** A link to one item of another type, chosen by its title. */
export function ReferenceField({ spec, path, value, label }: FieldProps<'reference'>) {
  const form = useForm();
  const id = fieldId(path);
  const error = form.errorFor(id);
  const locked = form.readOnly || form.lockedIds.has(id);
  const loaded = useReferenceOptions(spec.collection);
  const current = typeof value === 'string' ? value : '';
  const noun = collectionNoun(spec.collection);
  const set = (next: string) => {
    form.update(path, () => (next === '' ? undefined : next));
    form.touch(id);
  };

  if (loaded.state === 'failed') {
    return (
      <FieldGroup id={id} spec={spec} label={label} error={error}>
        <span className="ptk-hint" id={`${id}-failed`}>
          The list of {collectionPluralNoun(spec.collection)} could not be loaded. Type the
          identifier of the {noun} instead.
        </span>
        <input
          className="ptk-input admin-input--code"
          id={id}
          name={id}
          value={current}
          readOnly={locked}
          spellCheck={false}
          aria-describedby={`${id}-failed ${describedBy(id, spec, error) ?? ''}`.trim()}
          onChange={(event) => form.update(path, () => event.target.value || undefined)}
          onBlur={() => form.touch(id)}
        />
      </FieldGroup>
    );
  }

  const options =
    loaded.state === 'ready' ? withChosen(loaded.options, current ? [current] : []) : [];
  return (
    <FieldGroup id={id} spec={spec} label={label} error={error}>
      <select
        className={`ptk-select admin-select--wide${error ? ' ptk-select--error' : ''}`}
        id={id}
        name={id}
        value={current}
        disabled={locked}
        aria-busy={loaded.state === 'loading' ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, spec, error)}
        onChange={(event) => set(event.target.value)}
        onBlur={() => form.touch(id)}
      >
        {loaded.state === 'loading' ? (
          <option value={current}>{current ? `${current} (loading titles…)` : 'Loading…'}</option>
        ) : (
          <>
            <option value="">{spec.optional ? `No ${noun}` : `Choose a ${noun}`}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {optionLabel(option)}
              </option>
            ))}
          </>
        )}
      </select>
    </FieldGroup>
  );
}

/** Links to any number of items of another type: a filterable list of checkboxes. */
export function ReferenceListField({ spec, path, value, label }: FieldProps<'reference-list'>) {
  const form = useForm();
  const id = fieldId(path);
  const error = form.errorFor(id);
  const locked = form.readOnly || form.lockedIds.has(id);
  const loaded = useReferenceOptions(spec.collection);
  const [filter, setFilter] = useState('');
  const statusId = useId();
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const plural = collectionPluralNoun(spec.collection);

  const toggle = (option: string, on: boolean) => {
    form.update(path, (previous) => {
      const list = Array.isArray(previous) ? (previous as string[]) : [];
      // Newly chosen items go last; the order of the others is kept.
      return on
        ? [...list.filter((item) => item !== option), option]
        : list.filter((item) => item !== option);
    });
    form.touch(id);
  };

  const all = loaded.state === 'ready' ? withChosen(loaded.options, chosen) : [];
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = all.filter((option) =>
    words.every((word) => `${option.title} ${option.id}`.toLowerCase().includes(word)),
  );
  // Thousands of checkboxes would make the form slow to draw and to tab through: chosen items are
  // always listed, and the rest up to a limit, with the filter to find others.
  const shown = [
    ...matching.filter((option) => chosen.includes(option.id)),
    ...matching.filter((option) => !chosen.includes(option.id)).slice(0, SHOWN_LIMIT),
  ];
  const titles = new Map(all.map((option) => [option.id, option.title]));

  return (
    <FieldsetGroup id={id} spec={spec} legend={label} error={error} className="admin-picker">
      <p className="admin-picker__chosen" id={statusId} aria-live="polite">
        {chosen.length === 0
          ? `No ${plural} chosen.`
          : `${chosen.length} chosen: ${chosen.map((item) => titles.get(item) ?? item).join('; ')}`}
      </p>
      {loaded.state === 'loading' ? <p>Loading {plural}…</p> : null}
      {loaded.state === 'failed' ? (
        <p className="ptk-error-message">
          The list of {plural} could not be loaded. Reload the page to try again; the links already
          chosen are kept.
        </p>
      ) : null}
      {all.length > 8 ? (
        <div className="ptk-form-group admin-picker__filter">
          <label className="ptk-label" htmlFor={id}>
            Filter {plural}
          </label>
          <input
            className="ptk-input"
            id={id}
            type="search"
            value={filter}
            autoComplete="off"
            aria-describedby={statusId}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
      ) : null}
      {loaded.state === 'ready' ? (
        <div className="ptk-checkboxes admin-picker__options">
          {shown.length === 0 ? (
            <p>
              No {plural} match “{filter}”.
            </p>
          ) : null}
          {matching.length > shown.length ? (
            <p className="ptk-hint">
              Showing {shown.length} of {matching.length} {plural}. Type in the filter to find
              others.
            </p>
          ) : null}
          {shown.map((option, index) => {
            // Without a filter box, the first checkbox carries the field's id.
            const optionId = all.length <= 8 && index === 0 ? id : `${id}-option-${option.id}`;
            return (
              <div className="ptk-choice" key={option.id}>
                <input
                  id={optionId}
                  type="checkbox"
                  value={option.id}
                  checked={chosen.includes(option.id)}
                  disabled={locked}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                />
                <label htmlFor={optionId}>{optionLabel(option)}</label>
              </div>
            );
          })}
        </div>
      ) : null}
    </FieldsetGroup>
  );
}
