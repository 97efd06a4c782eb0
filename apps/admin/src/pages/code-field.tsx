import type { ComponentProps } from 'react';
import { TextField } from './form-fields.js';

/**
 * The 6-digit code from an authenticator app, wherever it is asked for: a short numeric field
 * that phones fill in from a one-time code, with no spelling marks under the digits.
 */
export function CodeField(props: Omit<ComponentProps<typeof TextField>, 'name' | 'label'>) {
  return (
    <TextField
      name="code"
      label="Code from your authenticator app"
      className="ptk-input admin-input--short"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      required
      {...props}
    />
  );
}
