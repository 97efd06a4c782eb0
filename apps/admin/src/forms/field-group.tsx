import type { ReactNode } from 'react';
import type { FieldSpec } from './schema-spec.js';

/** Optional fields say so after their label, as GOV.UK forms do; required ones carry no mark. */
export function OptionalMark({ spec }: { spec: FieldSpec }) {
  if (!isMarkedOptional(spec)) return null;
  return <span className="admin-optional"> (optional)</span>;
}

/**
 * Lists with a default may be empty, but "(optional)" would mislead where publishing needs
 * them (evidence), and a checkbox is always answered.
 */
export function isMarkedOptional(spec: FieldSpec): boolean {
  if (!spec.optional || spec.kind === 'boolean') return false;
  if (spec.kind === 'list' && spec.evidence) return false;
  return true;
}

export function hintText(spec: FieldSpec): string | undefined {
  const extra =
    spec.kind === 'list' && spec.evidence ? 'Needed before this can be published.' : undefined;
  // A list of plain values says once what each entry is, rather than under every entry.
  const entry =
    spec.kind === 'list' && spec.item.kind !== 'object' ? spec.item.description : undefined;
  return [spec.description, entry, extra].filter(Boolean).join(' ') || undefined;
}

/** The ids a control is described by: its hint and its error, when they are shown. */
export function describedBy(id: string, spec: FieldSpec, error: string | undefined) {
  const ids = [hintText(spec) ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Beyond this, a hint would crowd the form each time the field repeats; it folds away. */
const LONG_HINT = 160;

export function Hint({ id, spec }: { id: string; spec: FieldSpec }) {
  const text = hintText(spec);
  if (!text) return null;
  if (text.length > LONG_HINT) {
    const subject = /^[A-Z][a-z]/.test(spec.title)
      ? spec.title.charAt(0).toLowerCase() + spec.title.slice(1)
      : spec.title;
    return (
      <details className="ptk-details admin-hint-details">
        <summary>Help with {subject}</summary>
        <span className="ptk-details__text ptk-hint" id={`${id}-hint`}>
          {text}
        </span>
      </details>
    );
  }
  return (
    <span className="ptk-hint" id={`${id}-hint`}>
      {text}
    </span>
  );
}

export function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span className="ptk-error-message" id={`${id}-error`}>
      <span className="ptk-visually-hidden">Error: </span>
      {error}
    </span>
  );
}

/** A single control with its label, hint and error, in the site's form-group layout. */
export function FieldGroup({
  id,
  spec,
  label,
  error,
  children,
}: {
  id: string;
  spec: FieldSpec;
  /** Overrides the spec's title, as list entries do ("Activity 2"). */
  label?: string | undefined;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`ptk-form-group${error ? ' ptk-form-group--error' : ''}`} data-field={id}>
      <label className="ptk-label" htmlFor={id}>
        {label ?? spec.title}
        {label ? null : <OptionalMark spec={spec} />}
      </label>
      <Hint id={id} spec={spec} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

/** A group of controls (radios, checkboxes, a list, a nested object) under a legend. */
export function FieldsetGroup({
  id,
  spec,
  legend,
  error,
  children,
  className = '',
  focusable = false,
}: {
  id: string;
  spec: FieldSpec;
  legend?: ReactNode | undefined;
  error: string | undefined;
  children: ReactNode;
  className?: string;
  /** Lists and objects take the field's id themselves, so the error summary can move to them. */
  focusable?: boolean;
}) {
  return (
    <div
      className={`ptk-form-group${error ? ' ptk-form-group--error' : ''} ${className}`.trim()}
      data-field={id}
    >
      <fieldset
        className="ptk-fieldset"
        aria-describedby={describedBy(id, spec, error)}
        {...(focusable ? { id, tabIndex: -1 } : {})}
      >
        <legend className="ptk-fieldset__legend">
          {legend ?? spec.title}
          {legend ? null : <OptionalMark spec={spec} />}
        </legend>
        <Hint id={id} spec={spec} />
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}
