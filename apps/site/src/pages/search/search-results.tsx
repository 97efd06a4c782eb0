import type { SearchResponse } from '@peer-toolkit/core';
import { countResults, groupSearchHits, type SearchGroup } from './search-groups.js';
import { SearchSnippet } from './search-snippet.js';

/** The part of the search page that the search script replaces as you type. */
export const RESULTS_REGION_ID = 'search-results';

export type SearchOutcome =
  | { kind: 'none' }
  | { kind: 'invalid'; query: string; message: string }
  | { kind: 'results'; query: string; response: SearchResponse };

/** One line that says what the search found, for the page title and screen reader announcements. */
export function summariseSearch(outcome: SearchOutcome): string {
  switch (outcome.kind) {
    case 'none':
      return '';
    case 'invalid':
      return outcome.message;
    case 'results':
      return outcome.response.total === 0
        ? `No results for “${outcome.query}”`
        : `${countResults(outcome.response.total)} for “${outcome.query}”`;
  }
}

function ResultGroup({ group }: { group: SearchGroup }) {
  return (
    <section className="ptk-search-group">
      <h3 id={`results-${group.type}`}>
        {`${group.heading} `}
        <span className="ptk-search-group__count">{countResults(group.total)}</span>
      </h3>
      {group.note ? <p className="ptk-secondary">{group.note}</p> : null}
      <ol className="ptk-search-hits">
        {group.items.map((item) => (
          <li className="ptk-search-hit" key={item.id}>
            {item.href ? (
              <a className="ptk-search-hit__title" href={item.href}>
                {item.title}
              </a>
            ) : (
              <span className="ptk-search-hit__title">{item.title}</span>
            )}
            {item.showSnippet ? (
              <p className="ptk-search-hit__snippet">
                <SearchSnippet parts={item.snippet} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {group.items.length < group.total ? (
        <p className="ptk-secondary">
          {`Showing the best ${group.items.length} of ${group.total}. Add words to narrow your search.`}
        </p>
      ) : null}
    </section>
  );
}

function NoResults({ query }: { query: string }) {
  return (
    <>
      <h2>{`No results for “${query}”`}</h2>
      <p>Try:</p>
      <ul className="ptk-list">
        <li>checking the spelling</li>
        <li>using fewer words: every word you enter must appear in a result</li>
        <li>a more general word, such as “supervision”, “recruitment” or “risk”</li>
      </ul>
      <p>
        Or browse the <a href="/topics">toolkit topics</a>, the <a href="/risk">risk guidance</a> or
        the <a href="/roles">peer worker roles</a>.
      </p>
    </>
  );
}

function Results({ query, response }: { query: string; response: SearchResponse }) {
  if (response.total === 0) return <NoResults query={query} />;
  const groups = groupSearchHits(response);
  return (
    <>
      <h2>{`${countResults(response.total)} for “${query}”`}</h2>
      {response.hits.length < response.total ? (
        <p>{`Showing the best ${response.hits.length}. Add words to narrow your search.`}</p>
      ) : null}
      {groups.length > 1 ? (
        <nav className="ptk-search-types" aria-label="Results by type">
          <ul>
            {groups.map((group) => (
              <li key={group.type}>
                <a href={`#results-${group.type}`}>{`${group.heading} (${group.total})`}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((group) => (
        <ResultGroup group={group} key={group.type} />
      ))}
    </>
  );
}

/**
 * The results region. Its data attributes give the search script what it needs after replacing
 * the region: the query it answers, the page title and the sentence to announce.
 */
export function SearchResults({
  outcome,
  documentTitle,
  isFragment = false,
}: {
  outcome: SearchOutcome;
  documentTitle: string;
  /** Fetched by the script as you type: a problem shows here, as there is no error summary. */
  isFragment?: boolean;
}) {
  return (
    <div
      id={RESULTS_REGION_ID}
      className="ptk-search-results"
      data-query={outcome.kind === 'none' ? '' : outcome.query}
      data-title={documentTitle}
      data-summary={summariseSearch(outcome)}
    >
      {outcome.kind === 'results' ? (
        <Results query={outcome.query} response={outcome.response} />
      ) : null}
      {outcome.kind === 'invalid' && isFragment ? <p>{outcome.message}</p> : null}
    </div>
  );
}
