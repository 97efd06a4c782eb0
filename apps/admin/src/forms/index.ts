// The form generator: editing forms built from any content type's schema and its metadata.

export { FormErrorSummary, focusField, focusSummary } from './form-error-summary.js';
export { emptyObject, type FormValue, fieldId, prepareForSave } from './form-value.js';
export {
  type LoadReferenceOptions,
  type ReferenceOption,
  ReferenceOptionsProvider,
  useReferenceCache,
} from './reference-options.js';
export { SchemaForm } from './schema-form.js';
export {
  describeItemSchema,
  describeLocation,
  type FieldSpec,
  type ObjectSpec,
} from './schema-spec.js';
export { useValidation } from './use-validation.js';
export { type FormIssue, issuesFromApi, summaryItems, validateForm } from './validate.js';
