/** The field's id: the error summary links to it. */
export const SEARCH_FIELD_ID = 'q';

/**
 * The search form. A plain GET form, so it works without JavaScript; the search script only adds
 * results as you type. The label is the page's heading, as in the GOV.UK pattern.
 */
export function SearchForm({ query, error }: { query: string; error?: string | undefined }) {
  const describedBy = error
    ? `${SEARCH_FIELD_ID}-hint ${SEARCH_FIELD_ID}-error`
    : `${SEARCH_FIELD_ID}-hint`;
  return (
    <search>
      <form action="/search" method="get" className="ptk-search-form" data-search-form>
        <div className={error ? 'ptk-form-group ptk-form-group--error' : 'ptk-form-group'}>
          <h1 className="ptk-search-form__heading">
            <label className="ptk-label" htmlFor={SEARCH_FIELD_ID}>
              Search the toolkit
            </label>
          </h1>
          <p className="ptk-hint" id={`${SEARCH_FIELD_ID}-hint`}>
            Search the topics, risk guidance, peer worker roles, the change model, principles,
            research and the questions of the self-assessment.
          </p>
          {error ? (
            <p className="ptk-error-message" id={`${SEARCH_FIELD_ID}-error`} data-search-error>
              <span className="ptk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <div className="ptk-search-form__row">
            <input
              className={error ? 'ptk-input ptk-input--error' : 'ptk-input'}
              id={SEARCH_FIELD_ID}
              name="q"
              type="search"
              defaultValue={query}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              enterKeyHint="search"
              spellCheck
            />
            <button className="ptk-button ptk-search-form__button" type="submit">
              Search
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
