import { ErrorSummary } from '@peer-toolkit/ui';

/** Entering a saved share code to see its results again. */
export function ShareCodeForm({
  value = '',
  error,
  heading = 'Already have a share code?',
  hint = 'Enter the code from an earlier self-assessment to see its results. It looks like 04A1-B2C3-D4E5, in blocks of four letters and numbers.',
  isSeparate = true,
}: {
  value?: string;
  error?: string | undefined;
  heading?: string;
  hint?: string;
  /** Set apart from what comes before it by a rule, as on the start page. */
  isSeparate?: boolean;
}) {
  return (
    <form
      method="get"
      action="/self-assessment/results"
      className={isSeparate ? 'ptk-code-form ptk-code-form--separate' : 'ptk-code-form'}
    >
      <div className={error ? 'ptk-form-group ptk-form-group--error' : 'ptk-form-group'}>
        <h2 className="ptk-code-form__heading">
          <label htmlFor="code">{heading}</label>
        </h2>
        <p className="ptk-hint" id="code-hint">
          {hint}
        </p>
        {error ? (
          <p className="ptk-error-message" id="code-error">
            <span className="ptk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <input
          className={
            error ? 'ptk-input ptk-input--error ptk-input--code' : 'ptk-input ptk-input--code'
          }
          id="code"
          name="code"
          type="text"
          defaultValue={value}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={error ? 'code-hint code-error' : 'code-hint'}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button type="submit" className="ptk-button ptk-button--secondary">
        See the results
      </button>
    </form>
  );
}

/**
 * What a person sees when the share code in the address cannot be read (mistyped, cut short or
 * changed): the reason, a way to enter the code again, and a way to start again.
 */
export function CodeProblem({ message, code }: { message: string; code: string }) {
  return (
    <>
      <ErrorSummary errors={[{ href: '#code', message }]} />
      <h1>We could not read your answers</h1>
      <p className="ptk-two-thirds">
        Your answers travel in the page’s address as a share code. This code could not be read,
        perhaps because part of it was cut off or changed when it was copied.
      </p>
      <ShareCodeForm
        value={code}
        error={message}
        heading="Check your share code"
        hint="Copy the code again from where you kept it, or type it in. Capital or small letters both work."
        isSeparate={false}
      />
      <h2>Or start again</h2>
      <p className="ptk-two-thirds">The self-assessment takes about 10 minutes.</p>
      <a href="/self-assessment/step/1" className="ptk-button">
        Start the self-assessment again
      </a>
    </>
  );
}
