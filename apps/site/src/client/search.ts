// Search as you type, on a search page that already works without it: the form still submits
// normally on Enter. After a pause in typing, the script asks the site for the results region
// alone, swaps it in, keeps the address up to date and tells screen readers what changed. It
// never moves focus.

const REGION_ID = 'search-results';
const STATUS_ID = 'search-status';

export interface SearchEnhancementOptions {
  fetcher?: typeof fetch;
  /** How long typing must pause before searching, in milliseconds. */
  delay?: number;
}

/** Wires up the search form of `root`; does nothing on a page without one. */
export function enhanceSearch(
  root: Document = document,
  { fetcher = (...args) => fetch(...args), delay = 250 }: SearchEnhancementOptions = {},
): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.getElementById(STATUS_ID);
  const region = root.getElementById(REGION_ID);
  if (!form || !input || !status || !region) return;

  let shown = region.dataset.query ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const clearServerError = () => {
    for (const element of root.querySelectorAll('[data-search-error]')) element.remove();
    input.removeAttribute('aria-invalid');
    input.classList.remove('ptk-input--error');
    input.closest('.ptk-form-group')?.classList.remove('ptk-form-group--error');
    input.setAttribute('aria-describedby', `${input.id}-hint`);
  };

  const update = async (query: string) => {
    const current = root.getElementById(REGION_ID);
    // Someone who has moved into the results keeps their place.
    if (!current || current.contains(root.activeElement)) return;
    controller = new AbortController();
    const address = query === '' ? '/search' : `/search?${new URLSearchParams({ q: query })}`;
    try {
      const separator = query === '' ? '?' : '&';
      const response = await fetcher(`${address}${separator}fragment=1`, {
        headers: { accept: 'text/html' },
        signal: controller.signal,
      });
      if (!response.ok) return;
      const template = root.createElement('template');
      template.innerHTML = await response.text();
      const fresh = template.content.querySelector<HTMLElement>(`#${REGION_ID}`);
      // A static copy of the site answers with the whole page: keep the form's normal behaviour.
      if (!fresh || fresh.dataset.query !== query) return;
      if (current.contains(root.activeElement)) return;
      current.replaceWith(fresh);
      shown = query;
      clearServerError();
      if (fresh.dataset.title) root.title = fresh.dataset.title;
      root.defaultView?.history.replaceState(null, '', address);
      status.textContent = fresh.dataset.summary ?? '';
    } catch {
      // Aborted by newer typing, or offline: the form still submits to the server.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = input.value.trim();
      // Whatever is on its way answers older typing.
      controller?.abort();
      if (query !== shown) void update(query);
    }, delay);
  });
  form.addEventListener('submit', () => {
    clearTimeout(timer);
    controller?.abort();
  });
}

enhanceSearch();
