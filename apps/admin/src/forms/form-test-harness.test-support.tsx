import {
  claimList,
  IdSchema,
  ResponsiblePartySchema,
  RiskDirectionSchema,
  RoleSettingSchema,
} from '@peer-toolkit/core';
import { useState } from 'react';
import { z } from 'zod';
import { FormErrorSummary } from './form-error-summary.js';
import { emptyObject, type FormValue } from './form-value.js';
import {
  type LoadReferenceOptions,
  type ReferenceOption,
  ReferenceOptionsProvider,
} from './reference-options.js';
import { SchemaForm } from './schema-form.js';
import { describeItemSchema } from './schema-spec.js';
import { useValidation } from './use-validation.js';

// Built here from core's building blocks, and never added to the registry: the form must work
// for a content type the admin has never heard of.
const text = (title: string, required: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, required)
    .max(max, `${title} must be ${max} characters or fewer`)
    .meta({ title });

export const WorkshopSchema = z
  .object({
    id: IdSchema,
    title: text('Workshop name', 'Enter the workshop name').meta({
      description: 'As it appears in the programme.',
    }),
    summary: z
      .string()
      .trim()
      .min(1, 'Enter a summary')
      .max(500)
      .meta({ title: 'Summary', contentMediaType: 'text/markdown' }),
    seats: z.number().int().min(1).max(40).meta({ title: 'Seats' }),
    isOnline: z.boolean().default(false).meta({ title: 'Held online' }),
    direction: RiskDirectionSchema,
    format: z.enum(['talk', 'small-group']).meta({ title: 'Format' }),
    setting: RoleSettingSchema.meta({ title: 'Main setting' }),
    lead: ResponsiblePartySchema.optional().meta({ title: 'Who leads it' }),
    settings: z
      .array(RoleSettingSchema)
      .min(1, 'Choose at least one setting')
      .meta({ title: 'Settings' }),
    topicId: IdSchema.meta({ title: 'Toolkit topic', 'x-ref': 'topics' }),
    relatedTopicIds: z
      .array(IdSchema.meta({ title: 'Topic', 'x-ref': 'topics' }))
      .default([])
      .meta({ title: 'Related toolkit topics' }),
    findings: claimList({ title: 'What the research found' }),
    activities: z
      .array(text('Activity', 'Enter the activity'))
      .min(1, 'Add at least one activity')
      .meta({ title: 'Activities' }),
    venue: z
      .object({
        name: text('Venue name', 'Enter the venue name'),
        room: z.string().trim().min(1).max(40).optional().meta({ title: 'Room' }),
      })
      .meta({ title: 'Venue' }),
    extra: z.record(z.string(), z.string()).optional().meta({ title: 'Extra details' }),
  })
  .meta({ title: 'Workshop' });

export const workshopSpec = describeItemSchema(WorkshopSchema);

export const topicOptions: ReferenceOption[] = [
  { id: 'role-definition', title: 'Defining the role', isPublished: true },
  { id: 'supervision', title: 'Supervision and support', isPublished: false },
];

export const publicationOptions: ReferenceOption[] = [
  { id: 'fixture-study', title: 'A fixture study of peer worker roles', isPublished: true },
  { id: 'fixture-review', title: 'A fixture review', isPublished: true },
];

export const loadOptions: LoadReferenceOptions = async (collection) =>
  collection === 'topics' ? topicOptions : collection === 'publications' ? publicationOptions : [];

export const validWorkshop: FormValue = {
  id: 'listening-well',
  title: 'Listening well',
  summary: 'How to **listen**.',
  seats: 12,
  isOnline: false,
  direction: 'organisation',
  format: 'talk',
  setting: 'groups',
  settings: ['community'],
  topicId: 'role-definition',
  relatedTopicIds: [],
  findings: [
    { text: 'First finding', evidence: [] },
    { text: 'Second finding', evidence: [] },
  ],
  activities: ['Welcome'],
  venue: { name: 'Town hall' },
};

/** A screen that holds a generated form's value and checks, as the edit screen does. */
export function FormHarness({
  schema = WorkshopSchema,
  initial,
  load = loadOptions,
  lockedIds,
}: {
  schema?: z.ZodType;
  initial?: FormValue;
  load?: LoadReferenceOptions;
  lockedIds?: ReadonlySet<string>;
}) {
  const spec = describeItemSchema(schema);
  const [value, setValue] = useState<FormValue>(() => initial ?? emptyObject(spec));
  const validation = useValidation(schema, spec, value);
  return (
    <ReferenceOptionsProvider load={load}>
      <FormErrorSummary
        errors={validation.summary.map((issue) => ({
          href: `#${issue.id}`,
          message: issue.message,
        }))}
      />
      <SchemaForm
        spec={spec}
        value={value}
        onChange={setValue}
        errors={validation.visible}
        onTouch={validation.touch}
        {...(lockedIds ? { lockedIds } : {})}
        onSubmit={() => validation.validateNow()}
      >
        <button type="submit">Check the form</button>
      </SchemaForm>
      <output data-testid="value">{JSON.stringify(value)}</output>
    </ReferenceOptionsProvider>
  );
}

export function currentValue(): FormValue {
  const output = document.querySelector('[data-testid="value"]');
  return JSON.parse(output?.textContent ?? '{}') as FormValue;
}
