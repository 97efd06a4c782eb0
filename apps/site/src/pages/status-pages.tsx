import type { PageResult } from '../render/page.js';

export function notFoundPage(): PageResult {
  return {
    status: 404,
    title: 'Page not found',
    description: 'There is no page at this address.',
    noindex: true,
    body: (
      <>
        <h1>Page not found</h1>
        <p>If you typed the web address, check it is correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>
          You can <a href="/search">search the toolkit</a> or go to the <a href="/">home page</a>.
        </p>
      </>
    ),
  };
}

export function errorPage(message?: string): PageResult {
  return {
    status: 500,
    title: 'Sorry, there is a problem with the service',
    description: 'Something went wrong on our side.',
    noindex: true,
    body: (
      <>
        <h1>Sorry, there is a problem with the service</h1>
        <p>{message ?? 'Try again later.'}</p>
        <p>Nothing you entered has been stored, so nothing has been lost on our side.</p>
        <p>
          Go to the <a href="/">home page</a>.
        </p>
      </>
    ),
  };
}
