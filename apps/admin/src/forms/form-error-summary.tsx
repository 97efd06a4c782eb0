import { type ErrorItem, ErrorSummary } from '@peer-toolkit/ui';
import { forwardRef, type MouseEvent } from 'react';

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/"/g, '\\"');
}

/**
 * Moves to a field: its control when it has one, else the group that holds it, else the nearest
 * field that contains it. The label or legend is scrolled into view with it, so the question is
 * visible as well as the box (as GOV.UK's error summary does).
 */
export function focusField(id: string): boolean {
  let element: HTMLElement | null = document.getElementById(id);
  if (!element) {
    const group = document.querySelector<HTMLElement>(`[data-field="${cssEscape(id)}"]`);
    element = group?.querySelector<HTMLElement>('input, textarea, select, button') ?? null;
  }
  const parts = id.split('-');
  while (!element && parts.length > 2) {
    parts.pop();
    element = document.getElementById(parts.join('-'));
  }
  if (!element) return false;
  const label =
    document.querySelector<HTMLElement>(`label[for="${cssEscape(element.id)}"]`) ??
    element.closest('fieldset')?.querySelector<HTMLElement>('legend') ??
    element;
  element.focus({ preventScroll: true });
  label.scrollIntoView?.({ block: 'start' });
  return true;
}

/**
 * The site's "There is a problem" summary, with links that move focus to the field (in-page
 * links) or open another screen through the router (links to other items).
 */
export const FormErrorSummary = forwardRef<
  HTMLDivElement,
  {
    errors: readonly ErrorItem[];
    title?: string;
    /** Opens a link that leaves this screen; given the href without the app's base. */
    onNavigate?(href: string): void;
    /** Called before an in-page link moves focus, so a hidden panel can be shown first. */
    beforeFocus?(): void;
  }
>(function FormErrorSummary({ errors, title, onNavigate, beforeFocus }, ref) {
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href');
    if (!href) return;
    if (href.startsWith('#')) {
      event.preventDefault();
      beforeFocus?.();
      // Give a panel shown by beforeFocus a moment to render.
      setTimeout(() => focusField(href.slice(1)), 0);
    } else if (onNavigate && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      onNavigate(href);
    }
  };
  if (errors.length === 0) return null;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the links inside are the keyboard route; this only handles their clicks
    // biome-ignore lint/a11y/noStaticElementInteractions: as above
    <div ref={ref} className="admin-error-summary" onClick={onClick}>
      <ErrorSummary errors={errors} {...(title ? { title } : {})} />
    </div>
  );
});

/** Focuses the summary inside a wrapper, so a screen reader reads it after a failed save. */
export function focusSummary(wrapper: HTMLElement | null) {
  const summary = wrapper?.querySelector<HTMLElement>('.ptk-error-summary');
  summary?.focus();
  summary?.scrollIntoView?.({ block: 'start' });
}
