import { useEffect, useState } from 'react';
import { describedBy, ErrorMessage, FieldGroup, Hint } from './field-group.js';
import { useForm } from './form-context.js';
import { type FieldPath, fieldId } from './form-value.js';
import type { FieldSpec } from './schema-spec.js';

export interface FieldProps<K extends FieldSpec['kind']> {
  spec: Extract<FieldSpec, { kind: K }>;
  path: FieldPath;
  value: unknown;
  /** Overrides the title, as list entries do ("Activity 2"). */
  label?: string | undefined;
}

function useField(path: FieldPath) {
  const form = useForm();
  const id = fieldId(path);
  return {
    id,
    form,
    error: form.errorFor(id),
    locked: form.readOnly || form.lockedIds.has(id),
    set: (next: unknown) => form.update(path, () => next),
    touch: () => form.touch(id),
  };
}

/** A single line of text; ids and slugs are shown as code and never spell-checked. */
export function TextField({ spec, path, value, label }: FieldProps<'text'>) {
  const { id, error, locked, set, touch } = useField(path);
  const isId = spec.identifier;
  const width = isId
    ? ' admin-input--code'
    : (spec.maxLength ?? 0) > 100
      ? ' admin-input--wide'
      : '';
  // A locked field says why instead of its usual hint.
  const { description: _usualHint, ...withoutHint } = spec;
  const shown = locked ? withoutHint : spec;
  return (
    <FieldGroup id={id} spec={shown} label={label} error={error}>
      {locked ? (
        <span className="ptk-hint" id={`${id}-locked`}>
          {spec.identifier
            ? 'This cannot change once the item exists, so that links to it keep working.'
            : 'This cannot be changed here.'}
        </span>
      ) : null}
      <input
        className={`ptk-input${width}${error ? ' ptk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
        readOnly={locked}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [describedBy(id, shown, error), locked ? `${id}-locked` : ''].filter(Boolean).join(' ') ||
          undefined
        }
        {...(isId ? { spellCheck: false, autoCapitalize: 'none', autoComplete: 'off' } : {})}
        onChange={(event) => {
          const text = event.target.value;
          set(spec.optional && text === '' ? undefined : text);
        }}
        onBlur={touch}
      />
    </FieldGroup>
  );
}

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * A number, typed as text (GOV.UK's advice: number inputs change value on scroll). What is not a
 * number is kept as typed, so the schema's message explains it instead of the text vanishing.
 */
export function NumberField({ spec, path, value, label }: FieldProps<'number'>) {
  const { id, error, locked, set, touch } = useField(path);
  const shown = value === undefined || value === null ? '' : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((current) => (current.trim() === shown ? current : shown));
  }, [shown]);
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? `${spec.integer ? 'A whole number' : 'A number'} from ${spec.min} to ${spec.max}.`
      : undefined;
  // The allowed range joins the hint, so it is read with it, before any error.
  const withRange = range
    ? { ...spec, description: [spec.description, range].filter(Boolean).join(' ') }
    : spec;
  return (
    <FieldGroup id={id} spec={withRange} label={label} error={error}>
      <input
        className={`ptk-input admin-input--short${error ? ' ptk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        value={text}
        readOnly={locked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, withRange, error)}
        onChange={(event) => {
          const raw = event.target.value;
          setText(raw);
          if (raw.trim() === '') set(undefined);
          else set(NUMBER.test(raw) ? Number(raw) : raw);
        }}
        onBlur={touch}
      />
    </FieldGroup>
  );
}

/** Yes or no, as one checkbox labelled with the field's title. */
export function BooleanField({ spec, path, value, label }: FieldProps<'boolean'>) {
  const { id, error, locked, set, touch } = useField(path);
  return (
    <div className={`ptk-form-group${error ? ' ptk-form-group--error' : ''}`}>
      <ErrorMessage id={id} error={error} />
      <div className="ptk-checkboxes">
        <div className="ptk-choice">
          <input
            id={id}
            name={id}
            type="checkbox"
            checked={value === true}
            disabled={locked}
            aria-describedby={describedBy(id, spec, error)}
            onChange={(event) => {
              set(event.target.checked);
              touch();
            }}
          />
          <label htmlFor={id}>
            <strong>{label ?? spec.title}</strong>
            <Hint id={id} spec={spec} />
          </label>
        </div>
      </div>
    </div>
  );
}

/**
 * A value the form cannot build controls for (a record, a rich union): edited as JSON, so a new
 * kind of field is still editable, if plainly, until the generator learns it.
 */
export function JsonField({ spec, path, value, label }: FieldProps<'json'>) {
  const { id, error, locked, set, touch } = useField(path);
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 2));
  const [parseError, setParseError] = useState<string | undefined>();
  const message = parseError ?? error;
  return (
    <FieldGroup id={id} spec={spec} label={label} error={message}>
      <span className="ptk-hint" id={`${id}-format`}>
        Written as JSON.
      </span>
      <textarea
        className={`ptk-textarea admin-input--code${message ? ' ptk-input--error' : ''}`}
        id={id}
        name={id}
        rows={6}
        value={text}
        readOnly={locked}
        spellCheck={false}
        aria-describedby={`${id}-format ${describedBy(id, spec, message) ?? ''}`.trim()}
        onChange={(event) => {
          setText(event.target.value);
          try {
            set(event.target.value.trim() === '' ? undefined : JSON.parse(event.target.value));
            setParseError(undefined);
          } catch {
            setParseError(`${spec.title} is not valid JSON yet`);
          }
        }}
        onBlur={touch}
      />
    </FieldGroup>
  );
}
