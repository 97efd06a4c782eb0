/*
 * Enhancement for the readiness self-assessment. Without it every page still works: the answers
 * travel in the share code in the address. With it, this browser also keeps them as the person
 * goes (the code of the step they are on, plus choices not yet sent), offers "continue where you
 * left off" on the start page, lets them clear what it kept, and prints the results.
 */

export const STORAGE_KEY = 'ptk-self-assessment';

export interface SavedAnswers {
  /** The share code of the page the person was on: the answers already sent. */
  code: string;
  /** The step they were on, or "results". */
  step: number | 'results';
  /** Choices on that step not yet sent, by field name. */
  pending: Record<string, string>;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isSaved(value: unknown): value is SavedAnswers {
  if (typeof value !== 'object' || value === null) return false;
  const saved = value as Partial<SavedAnswers>;
  return (
    typeof saved.code === 'string' &&
    /^[0-9A-Za-z-]{1,200}$/.test(saved.code) &&
    (saved.step === 'results' || (Number.isInteger(saved.step) && Number(saved.step) > 0)) &&
    typeof saved.pending === 'object' &&
    saved.pending !== null
  );
}

/** What this browser kept, or undefined if nothing (or storage is off, or the entry is damaged). */
export function readSaved(store: Store): SavedAnswers | undefined {
  try {
    const raw = store.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return isSaved(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function writeSaved(store: Store, saved: SavedAnswers): void {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage full or turned off: the share code in the address still holds the answers.
  }
}

export function clearSaved(store: Store): void {
  try {
    store.removeItem(STORAGE_KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** Where "continue where you left off" goes. */
export function resumeAddress(saved: SavedAnswers): string {
  const code = encodeURIComponent(saved.code);
  return saved.step === 'results'
    ? `/self-assessment/results?code=${code}`
    : `/self-assessment/step/${saved.step}?code=${code}`;
}

function checkedRadios(form: HTMLFormElement): Record<string, string> {
  const pending: Record<string, string> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
    pending[input.name] = input.value;
  }
  return pending;
}

/** A step: put back choices made here before a reload, then keep every change. */
export function enhanceStep(form: HTMLFormElement, store: Store): void {
  const codeField = form.querySelector<HTMLInputElement>('input[name="code"]');
  const step = Number(form.dataset.step);
  if (!codeField || !Number.isInteger(step)) return;
  const code = codeField.value;
  const saved = readSaved(store);
  if (saved && saved.code === code && saved.step === step) {
    for (const [name, value] of Object.entries(saved.pending)) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        if (input.name === name && input.value === value) input.checked = true;
      }
    }
  }
  const save = () => writeSaved(store, { code, step, pending: checkedRadios(form) });
  save();
  form.addEventListener('change', save);
}

/** Shows a "cleared" message in place of the control, keeping keyboard focus on the page. */
function wireClearButton(container: HTMLElement, store: Store, afterClear: () => void): void {
  const button = container.querySelector<HTMLButtonElement>('[data-clear-answers]');
  const status = container.querySelector<HTMLElement>('[data-clear-status]');
  button?.addEventListener('click', () => {
    clearSaved(store);
    afterClear();
    if (status) {
      status.textContent = 'Your answers have been cleared from this browser.';
      status.tabIndex = -1;
      status.focus();
    }
  });
}

/** The start page: offer to carry on, and to forget. */
export function enhanceIntro(resume: HTMLElement, store: Store): void {
  const saved = readSaved(store);
  if (!saved) return;
  const link = resume.querySelector<HTMLAnchorElement>('[data-resume-link]');
  if (!link) return;
  link.href = resumeAddress(saved);
  if (saved.step === 'results') link.textContent = 'See your last results';
  resume.hidden = false;
  wireClearButton(resume, store, () => {
    link.hidden = true;
    resume.querySelector<HTMLElement>('[data-clear-answers]')?.setAttribute('hidden', '');
  });
}

/** The results: remember them, and offer printing and clearing. */
export function enhanceResults(results: HTMLElement, store: Store, print: () => void): void {
  const code = results.dataset.resultsCode;
  if (code) writeSaved(store, { code, step: 'results', pending: {} });
  const printButton = results.querySelector<HTMLButtonElement>('[data-print-results]');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', () => print());
  }
  const clear = results.querySelector<HTMLElement>('[data-clear-saved]');
  if (clear) {
    clear.hidden = false;
    wireClearButton(clear, store, () => {
      clear.querySelector<HTMLElement>('[data-clear-answers]')?.setAttribute('hidden', '');
    });
  }
}

export function enhanceSelfAssessment(root: Document, store: Store, print: () => void): void {
  // As on GOV.UK: a page that opens with problems takes the reader straight to their summary.
  root.querySelector<HTMLElement>('.ptk-error-summary')?.focus();
  const form = root.querySelector<HTMLFormElement>('form.ptk-assessment-step');
  if (form) enhanceStep(form, store);
  const resume = root.querySelector<HTMLElement>('[data-resume]');
  if (resume) enhanceIntro(resume, store);
  const results = root.querySelector<HTMLElement>('[data-results-code]');
  if (results) enhanceResults(results, store, print);
}

/** The browser's local storage, or a store that keeps nothing where storage is turned off. */
function browserStore(): Store {
  try {
    return window.localStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  }
}

if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  enhanceSelfAssessment(document, browserStore(), () => window.print());
}
