import { AppError, SearchResponseSchema } from '@peer-toolkit/core';
import { ErrorSummary } from '@peer-toolkit/ui';
import type { ApiClient } from '../../api/api-client.js';
import { SITE_NAME } from '../../render/document.js';
import type { PageRoute } from '../../render/page.js';
import { SEARCH_FIELD_ID, SearchForm } from './search-form.js';
import { type SearchOutcome, SearchResults, summariseSearch } from './search-results.js';

/** The API's largest page: every type's best matches fit, so results can be grouped by type. */
const PAGE_SIZE = 100;

/** Asks the API; its validation problem (such as an empty query) becomes the form's error. */
export async function runSearch(api: ApiClient, query: string): Promise<SearchOutcome> {
  try {
    const response = await api.get(
      `/search?q=${encodeURIComponent(query)}&pageSize=${PAGE_SIZE}`,
      SearchResponseSchema,
    );
    return { kind: 'results', query: query.trim(), response };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error;
    const issue = error.issues?.find((each) => each.path.at(-1) === 'q');
    return { kind: 'invalid', query: query.trim(), message: issue?.message ?? error.safeMessage };
  }
}

function pageTitle(outcome: SearchOutcome): string {
  switch (outcome.kind) {
    case 'none':
      return 'Search the toolkit';
    case 'invalid':
      return 'Error: Search the toolkit';
    case 'results':
      return `${summariseSearch(outcome)} – Search`;
  }
}

export const searchRoute: PageRoute = {
  path: '/search',
  async render({ api, url }) {
    const query = url.searchParams.get('q');
    const outcome: SearchOutcome = query === null ? { kind: 'none' } : await runSearch(api, query);
    const title = pageTitle(outcome);
    // The same title the Document gives the page, for the script to set after an update.
    const documentTitle = `${title} – ${SITE_NAME}`;

    if (url.searchParams.get('fragment') === '1') {
      return {
        fragment: <SearchResults outcome={outcome} documentTitle={documentTitle} isFragment />,
      };
    }

    const error = outcome.kind === 'invalid' ? outcome.message : undefined;
    return {
      title,
      description:
        'Search the Peer Worker Toolkit: topics, risk guidance, peer worker roles, the change model, principles and research.',
      section: 'search',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      scripts: ['search'],
      noindex: query !== null,
      body: (
        <>
          {error ? (
            <div data-search-error>
              <ErrorSummary errors={[{ href: `#${SEARCH_FIELD_ID}`, message: error }]} />
            </div>
          ) : null}
          <SearchForm query={query ?? ''} error={error} />
          <p className="ptk-visually-hidden" id="search-status" role="status" aria-atomic="true" />
          <SearchResults outcome={outcome} documentTitle={documentTitle} />
        </>
      ),
    };
  },
};
