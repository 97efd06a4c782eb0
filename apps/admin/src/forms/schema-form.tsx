import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useMemo } from 'react';
import { FormContext, type FormContextValue } from './form-context.js';
import { type FormValue, getIn, setIn } from './form-value.js';
import { ObjectFields } from './schema-fields.js';
import type { ObjectSpec } from './schema-spec.js';

const NONE: ReadonlySet<string> = new Set();

export interface SchemaFormProps {
  /** From `describeItemSchema(schema)`: the form follows the schema, field by field. */
  spec: ObjectSpec;
  value: FormValue;
  onChange: Dispatch<SetStateAction<FormValue>>;
  /** Messages to show, by field id. */
  errors: ReadonlyMap<string, string>;
  onTouch(id: string): void;
  lockedIds?: ReadonlySet<string>;
  readOnly?: boolean;
  /** The form element's id, so buttons elsewhere on the page can submit it. */
  id?: string;
  onSubmit?(): void;
  children?: ReactNode;
}

/**
 * An editing form generated from a content type's schema and its metadata. It holds no state of
 * its own: the value and the messages come from the screen, so nothing typed lives only here.
 */
export function SchemaForm({
  spec,
  value,
  onChange,
  errors,
  onTouch,
  lockedIds = NONE,
  readOnly = false,
  id,
  onSubmit,
  children,
}: SchemaFormProps) {
  const context = useMemo<FormContextValue>(
    () => ({
      update: (path, change) =>
        onChange((previous) => setIn(previous, path, change(getIn(previous, path))) as FormValue),
      errorFor: (fieldId) => errors.get(fieldId),
      touch: onTouch,
      lockedIds,
      readOnly,
      root: spec,
    }),
    [onChange, errors, onTouch, lockedIds, readOnly, spec],
  );
  return (
    <FormContext.Provider value={context}>
      <form
        id={id}
        className="admin-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.();
        }}
      >
        <ObjectFields spec={spec} path={[]} value={value} />
        {children}
      </form>
    </FormContext.Provider>
  );
}
