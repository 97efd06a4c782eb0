import { type ContentBundle, labelCitations } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import { Window } from 'happy-dom';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ContentProvider, siteLinkTo } from '../components/content-context.js';

/** The default content, parsed once for all view tests. */
export const bundle: ContentBundle = loadDefaultBundle();

/** Server-renders a view as the site does, with every default publication citable. */
export function renderView(element: ReactElement): Document {
  const publications = new Map(bundle.publications.map((item) => [item.id, item]));
  const html = renderToStaticMarkup(
    <ContentProvider
      value={{ publications, citations: labelCitations(bundle.publications), linkTo: siteLinkTo }}
    >
      {element}
    </ContentProvider>,
  );
  const document = new Window().document as unknown as Document;
  document.body.innerHTML = html;
  return document;
}

/** The text of every element a selector matches, with spaces tidied. */
export function textsOf(document: Document, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

export function findItem<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No ${id} in the default content`);
  return item;
}
