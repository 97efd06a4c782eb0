// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchForm } from './search-form.js';

afterEach(cleanup);

describe('SearchForm', () => {
  it('is a labelled GET form to /search that keeps the query', () => {
    render(<SearchForm query="peer support" />);
    const input = screen.getByLabelText('Search the toolkit') as HTMLInputElement;
    expect(input.name).toBe('q');
    expect(input.value).toBe('peer support');
    const form = input.form as HTMLFormElement;
    expect(form.parentElement?.tagName).toBe('SEARCH');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/search');
    expect(screen.getByRole('button', { name: 'Search' }).getAttribute('type')).toBe('submit');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Search the toolkit');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows an error against the field', () => {
    render(<SearchForm query="" error="Enter words to search for" />);
    const input = screen.getByLabelText('Search the toolkit');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Error: Enter words to search for');
  });
});
