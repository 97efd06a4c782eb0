/*
 * Enhancement for the shared expectations exercise. Without it the pages still work: the code can
 * be selected and copied by hand, and "add more rows" sends the form and comes back with more.
 * With it, a button copies the code, and rows are added in place without losing focus.
 */

/** Copies the share code, or selects it for copying by hand where the clipboard is refused. */
export function enhanceCopy(
  container: HTMLElement,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
): void {
  const button = container.querySelector<HTMLButtonElement>('[data-copy-target]');
  const status = container.querySelector<HTMLElement>('[data-copy-status]');
  const target = button?.dataset.copyTarget
    ? container.ownerDocument.getElementById(button.dataset.copyTarget)
    : null;
  if (!button || !status || !target) return;
  container.hidden = false;
  button.addEventListener('click', async () => {
    const code = (target.textContent ?? '').trim();
    try {
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(code);
      status.textContent = 'Code copied. You can now paste it into an email or message.';
    } catch {
      const selection = container.ownerDocument.getSelection();
      const range = container.ownerDocument.createRange();
      range.selectNodeContents(target);
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = 'The code is selected: press Ctrl and C (or Command and C) to copy it.';
    }
  });
}

/** Gives a copied row the next number: its legend, ids, names and labels, with values cleared. */
export function renumberRow(row: HTMLElement, from: number, to: number): HTMLElement {
  const rename = (value: string) => value.replace(new RegExp(`-${from}(?=$|-)`), `-${to}`);
  row.dataset.row = String(to);
  const legend = row.querySelector('legend');
  if (legend) legend.textContent = `Person ${to}`;
  for (const error of row.querySelectorAll('.ptk-error-message')) error.remove();
  for (const element of row.querySelectorAll<HTMLElement>('[id], [for], [name]')) {
    for (const attribute of ['id', 'for', 'name']) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, rename(value));
    }
    element.removeAttribute('aria-describedby');
    element.removeAttribute('aria-invalid');
    element.classList.remove('ptk-form-group--error', 'ptk-input--error', 'ptk-select--error');
    if (element instanceof HTMLInputElement) {
      element.value = '';
      element.defaultValue = '';
    }
    if (element instanceof HTMLSelectElement) element.selectedIndex = 0;
  }
  for (const group of row.querySelectorAll('.ptk-form-group--error')) {
    group.classList.remove('ptk-form-group--error');
  }
  return row;
}

/** "Add more rows" in place: new rows after the last, focus on the first new label. */
export function enhanceCompareForm(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('[data-add-rows]');
  const container = form.querySelector<HTMLElement>('[data-compare-rows]');
  const count = form.querySelector<HTMLInputElement>('[data-row-count]');
  const status = form.querySelector<HTMLElement>('[data-rows-status]');
  const max = Number(form.dataset.maxRows);
  if (!button || !container || !count || !Number.isInteger(max)) return;
  button.addEventListener('click', (event) => {
    const rows = container.querySelectorAll<HTMLElement>('.ptk-compare-row');
    const template = rows[0];
    if (!template) return;
    event.preventDefault();
    const existing = rows.length;
    const target = Math.min(max, existing + 4);
    let firstNew: HTMLElement | undefined;
    for (let number = existing + 1; number <= target; number += 1) {
      const row = renumberRow(template.cloneNode(true) as HTMLElement, 1, number);
      container.append(row);
      firstNew ??= row;
    }
    count.value = String(target);
    if (target >= max) button.hidden = true;
    if (status)
      status.textContent = `${target - existing} rows added. There are now ${target} rows.`;
    firstNew?.querySelector<HTMLInputElement>('input')?.focus();
  });
}

if (typeof document !== 'undefined' && typeof navigator !== 'undefined') {
  // As on GOV.UK: a page that opens with problems takes the reader straight to their summary.
  document.querySelector<HTMLElement>('.ptk-error-summary')?.focus();
  const copy = document.querySelector<HTMLElement>('[data-copy]');
  if (copy) enhanceCopy(copy, navigator.clipboard);
  const compare = document.querySelector<HTMLFormElement>('form.ptk-compare-form');
  if (compare) enhanceCompareForm(compare);
}
