import { EnumField, EnumListField } from './choice-fields.js';
import { FieldsetGroup } from './field-group.js';
import { useForm } from './form-context.js';
import { type FieldPath, fieldId } from './form-value.js';
import { ListField } from './list-field.js';
import { MarkdownField } from './markdown-field.js';
import { ReferenceField, ReferenceListField } from './reference-fields.js';
import type { FieldSpec, ObjectSpec } from './schema-spec.js';
import { BooleanField, JsonField, NumberField, TextField } from './simple-fields.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields of an object, one after another. */
export function ObjectFields({
  spec,
  path,
  value,
}: {
  spec: ObjectSpec;
  path: FieldPath;
  value: unknown;
}) {
  const record = isRecord(value) ? value : {};
  return (
    <>
      {spec.fields.map((field) => (
        <Field key={field.key} spec={field} path={[...path, field.key]} value={record[field.key]} />
      ))}
    </>
  );
}

/** A nested object, as a fieldset of its fields. */
export function ObjectField({
  spec,
  path,
  value,
  label,
}: {
  spec: ObjectSpec;
  path: FieldPath;
  value: unknown;
  label?: string | undefined;
}) {
  const form = useForm();
  const id = fieldId(path);
  return (
    <FieldsetGroup
      id={id}
      spec={spec}
      legend={label}
      error={form.errorFor(id)}
      className="admin-object"
      focusable
    >
      <ObjectFields spec={spec} path={path} value={value} />
    </FieldsetGroup>
  );
}

/** The control for one field, chosen by what its schema says it is. */
export function Field({
  spec,
  path,
  value,
  label,
}: {
  spec: FieldSpec;
  path: FieldPath;
  value: unknown;
  label?: string | undefined;
}) {
  const props = { path, value, label };
  switch (spec.kind) {
    case 'text':
      return <TextField spec={spec} {...props} />;
    case 'markdown':
      return <MarkdownField spec={spec} {...props} />;
    case 'number':
      return <NumberField spec={spec} {...props} />;
    case 'boolean':
      return <BooleanField spec={spec} {...props} />;
    case 'enum':
      return <EnumField spec={spec} {...props} />;
    case 'enum-list':
      return <EnumListField spec={spec} {...props} />;
    case 'reference':
      return <ReferenceField spec={spec} {...props} />;
    case 'reference-list':
      return <ReferenceListField spec={spec} {...props} />;
    case 'list':
      return <ListField spec={spec} {...props} />;
    case 'object':
      return <ObjectField spec={spec} {...props} />;
    case 'json':
      return <JsonField spec={spec} {...props} />;
  }
}
