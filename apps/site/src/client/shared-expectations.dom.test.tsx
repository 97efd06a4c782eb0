// @vitest-environment happy-dom
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectationsQuestionnaire } from '../pages/self-assessment/assessment-test-api.js';
import { CompareFormView } from '../pages/shared-expectations/compare-form.js';
import { readCompareForm } from '../pages/shared-expectations/expectation-forms.js';
import { ShareCodeView } from '../pages/shared-expectations/share-code-view.js';
import { enhanceCompareForm, enhanceCopy } from './shared-expectations.js';

function show(element: ReactElement) {
  document.body.innerHTML = `<main>${renderToStaticMarkup(element)}</main>`;
}

describe('copying the share code', () => {
  const codePage = (
    <ShareCodeView
      code="0405-ABCD"
      group="managers"
      answers={{}}
      questionnaire={expectationsQuestionnaire}
    />
  );

  it('shows the button, copies the code and says so', async () => {
    show(codePage);
    const writeText = vi.fn(async () => undefined);
    const copy = document.querySelector('[data-copy]') as HTMLElement;
    enhanceCopy(copy, { writeText });
    expect(copy.hidden).toBe(false);
    (copy.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('0405-ABCD'));
    await vi.waitFor(() =>
      expect(copy.querySelector('[data-copy-status]')?.textContent).toBe(
        'Code copied. You can now paste it into an email or message.',
      ),
    );
  });

  it('selects the code for copying by hand when the clipboard is refused', async () => {
    show(codePage);
    const copy = document.querySelector('[data-copy]') as HTMLElement;
    enhanceCopy(copy, {
      writeText: async () => {
        throw new Error('denied');
      },
    });
    (copy.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(copy.querySelector('[data-copy-status]')?.textContent).toContain(
        'The code is selected',
      ),
    );
    expect(document.getSelection()?.toString()).toBe('0405-ABCD');
  });
});

describe('adding rows in place', () => {
  function showForm(
    search: Record<string, string>,
    errors = [] as { field: string; message: string }[],
  ) {
    show(
      <CompareFormView
        rows={readCompareForm(new URLSearchParams(search)).rows}
        groups={expectationsQuestionnaire.groups}
        errors={errors}
      />,
    );
    const form = document.querySelector('form') as HTMLFormElement;
    enhanceCompareForm(form);
    return form;
  }

  it('adds four empty, correctly numbered rows and moves focus to the first', () => {
    const form = showForm({ 'label-1': 'Sam', 'code-1': 'BAD', 'group-1': 'managers' }, [
      { field: 'code-1', message: 'This code has a mistake in it.' },
    ]);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    (form.querySelector('[data-add-rows]') as HTMLButtonElement).dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);

    const legends = [...form.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(Array.from({ length: 8 }, (_, index) => `Person ${index + 1}`));
    const fifth = form.querySelector('[data-row="5"]') as HTMLElement;
    const label = fifth.querySelector('input') as HTMLInputElement;
    expect([label.id, label.name, label.value]).toEqual(['label-5', 'label-5', '']);
    expect(fifth.querySelector('label')?.getAttribute('for')).toBe('label-5');
    const code = fifth.querySelector('#code-5') as HTMLInputElement;
    expect(code.value).toBe('');
    expect(code.getAttribute('aria-invalid')).toBeNull();
    expect(code.getAttribute('aria-describedby')).toBeNull();
    expect(fifth.querySelector('.ptk-error-message, .ptk-form-group--error')).toBeNull();
    expect((fifth.querySelector('select') as HTMLSelectElement).value).toBe('');
    expect(document.activeElement).toBe(label);
    expect((form.querySelector('input[name="rows"]') as HTMLInputElement).value).toBe('8');
    expect(form.querySelector('[data-rows-status]')?.textContent).toBe(
      '4 rows added. There are now 8 rows.',
    );
    // The first row keeps what was typed.
    expect((form.querySelector('#code-1') as HTMLInputElement).value).toBe('BAD');
  });

  it('stops at the limit and hides the button', () => {
    const form = showForm({ rows: '38' });
    const button = form.querySelector('[data-add-rows]') as HTMLButtonElement;
    button.click();
    expect(form.querySelectorAll('.ptk-compare-row')).toHaveLength(40);
    expect(form.querySelector('#label-40')).not.toBeNull();
    expect(button.hidden).toBe(true);
  });
});
