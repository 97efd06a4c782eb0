import { describedBy, FieldGroup, FieldsetGroup } from './field-group.js';
import { useForm } from './form-context.js';
import { fieldId } from './form-value.js';
import type { FieldProps } from './simple-fields.js';

/** Up to this many options show as radios, all visible at once; more go in a select. */
export const MAX_RADIOS = 6;
const NOT_GIVEN = '';

/** One value from a fixed set: radios when there are few, a select when there are many. */
export function EnumField({ spec, path, value, label }: FieldProps<'enum'>) {
  const form = useForm();
  const id = fieldId(path);
  const error = form.errorFor(id);
  const locked = form.readOnly || form.lockedIds.has(id);
  const current = typeof value === 'string' ? value : NOT_GIVEN;
  const choose = (next: string) => {
    form.update(path, () => (next === NOT_GIVEN ? undefined : next));
    form.touch(id);
  };
  const options = [
    ...spec.options,
    ...(spec.optional ? [{ value: NOT_GIVEN, label: 'Not given' }] : []),
  ];
  // Side by side only when the choices are a few short words each.
  const isInline = options.length <= 3 && options.every((option) => option.label.length <= 20);

  if (spec.options.length > MAX_RADIOS) {
    return (
      <FieldGroup id={id} spec={spec} label={label} error={error}>
        <select
          className={`ptk-select${error ? ' ptk-select--error' : ''}`}
          id={id}
          name={id}
          value={current}
          disabled={locked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, spec, error)}
          onChange={(event) => choose(event.target.value)}
          onBlur={() => form.touch(id)}
        >
          <option value={NOT_GIVEN}>{spec.optional ? 'Not given' : 'Choose…'}</option>
          {spec.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </FieldGroup>
    );
  }

  return (
    <FieldsetGroup id={id} spec={spec} legend={label} error={error}>
      <div className={`ptk-radios${isInline ? ' admin-choices--inline' : ''}`}>
        {options.map((option, index) => {
          // The first radio carries the field's id, so the error summary can move to it.
          const optionId = index === 0 ? id : `${id}-${option.value || 'not-given'}`;
          return (
            <div className="ptk-choice" key={option.value}>
              <input
                id={optionId}
                type="radio"
                name={id}
                value={option.value}
                checked={current === option.value}
                disabled={locked}
                onChange={() => choose(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}

/** Any number of values from a fixed set, as checkboxes, kept in the set's own order. */
export function EnumListField({ spec, path, value, label }: FieldProps<'enum-list'>) {
  const form = useForm();
  const id = fieldId(path);
  const error = form.errorFor(id) ?? form.errorFor(`${id}-0`);
  const locked = form.readOnly || form.lockedIds.has(id);
  const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
  const toggle = (option: string, on: boolean) => {
    form.update(path, (previous) => {
      const set = new Set(Array.isArray(previous) ? (previous as string[]) : []);
      if (on) set.add(option);
      else set.delete(option);
      return spec.options.map((o) => o.value).filter((o) => set.has(o));
    });
    form.touch(id);
  };
  const withHint = spec.description ? spec : { ...spec, description: 'Choose all that apply.' };
  return (
    <FieldsetGroup id={id} spec={withHint} legend={label} error={error}>
      <div className="ptk-checkboxes">
        {spec.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="ptk-choice" key={option.value}>
              <input
                id={optionId}
                type="checkbox"
                name={id}
                value={option.value}
                checked={chosen.has(option.value)}
                disabled={locked}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
