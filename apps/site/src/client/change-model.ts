// The change-model diagram, on a page that already works without this script: each box is a
// link to its entry in the text version. With it, focusing or selecting a box shows that entry's
// summary and links in a panel under the diagram, highlights the box's lines and neighbours, and
// tells screen readers politely. Enter or a click moves into the panel; Escape closes it and
// returns to the box.

const attr = (element: Element, name: string) => element.getAttribute(name) ?? '';

/** Wires up the change-model figure in `root`; does nothing on a page without one. */
export function enhanceChangeModel(root: Document = document, announceDelay = 400): void {
  const figure = root.querySelector<HTMLElement>('[data-cm-figure]');
  const diagram = figure?.querySelector<SVGSVGElement>('[data-cm-diagram]');
  const panel = figure?.querySelector<HTMLElement>('[data-cm-panel]');
  const content = panel?.querySelector<HTMLElement>('[data-cm-panel-content]');
  const close = panel?.querySelector<HTMLButtonElement>('[data-cm-close]');
  const status = figure?.querySelector<HTMLElement>('[data-cm-status]');
  if (!figure || !diagram || !panel || !content || !close || !status) return;

  const nodes = [...diagram.querySelectorAll<SVGAElement>('a[data-cm-node]')];
  const edges = [...diagram.querySelectorAll<SVGPathElement>('[data-cm-edge]')];
  const byAnchor = new Map(nodes.map((node) => [attr(node, 'data-cm-anchor'), node]));
  const reducedMotion = root.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  let selected: SVGAElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while focus goes back to a box after closing, so that does not reopen the panel. */
  let isReturning = false;

  const nodeOf = (target: EventTarget | null) => {
    const node = target instanceof Element ? target.closest<SVGAElement>('a[data-cm-node]') : null;
    return node && diagram.contains(node) ? node : null;
  };

  const announce = (text: string) => {
    clearTimeout(timer);
    // Wait for a pause, so tabbing quickly past boxes does not queue a message for each.
    timer = setTimeout(() => {
      status.textContent = text;
    }, announceDelay);
  };

  const highlight = (key: string | undefined) => {
    const neighbours = new Set<string>();
    for (const edge of edges) {
      const source = attr(edge, 'data-cm-source');
      const target = attr(edge, 'data-cm-target');
      const isConnected = key !== undefined && (source === key || target === key);
      edge.classList.toggle('is-connected', isConnected);
      if (isConnected) neighbours.add(source === key ? target : source);
    }
    for (const node of nodes) {
      const nodeKey = attr(node, 'data-cm-node');
      node.classList.toggle('is-selected', nodeKey === key);
      node.classList.toggle('is-connected', neighbours.has(nodeKey));
    }
    diagram.classList.toggle('is-selecting', key !== undefined);
  };

  /** Builds the panel from the box's entry in the text version, so the words live in one place. */
  const fill = (entry: HTMLElement, anchor: string) => {
    const title = entry.querySelector('.ptk-cm-entry__title')?.textContent ?? '';
    const part = (selector: string) => {
      const found = entry.querySelector(selector);
      if (!found) return [];
      const copy = found.cloneNode(true) as Element;
      for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
      return [copy];
    };
    const kind = root.createElement('p');
    kind.className = 'ptk-cm-panel__kind';
    kind.textContent = attr(entry, 'data-cm-kind');
    const heading = root.createElement('h3');
    heading.className = 'ptk-cm-panel__title';
    heading.tabIndex = -1;
    heading.textContent = title;
    const more = root.createElement('p');
    const link = root.createElement('a');
    link.href = `#${anchor}`;
    link.dataset.cmReadMore = '';
    link.textContent = 'Read more and see the evidence';
    const hidden = root.createElement('span');
    hidden.className = 'ptk-visually-hidden';
    hidden.textContent = ` for ${title}`;
    link.append(hidden);
    more.append(link);
    const main = root.createElement('div');
    main.className = 'ptk-cm-panel__main';
    main.append(...part('.ptk-cm-entry__support'), ...part('.ptk-cm-entry__summary'));
    const side = root.createElement('div');
    side.className = 'ptk-cm-panel__side';
    side.append(...part('.ptk-cm-links'), more);
    content.replaceChildren(kind, heading, main, side);
    panel.setAttribute('aria-label', `Details: ${title}`);
    const relations = [...entry.querySelectorAll('.ptk-cm-links [data-cm-relation]')]
      .map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').replace(/:\s*/, ': ').trim())
      .join('. ');
    announce(`${title}: details below the diagram.${relations ? ` ${relations}.` : ''}`);
  };

  /** Scrolls so the box is not hidden behind the panel, which stays at the foot of the window. */
  const keepInView = (node: SVGAElement) => {
    const box = node.getBoundingClientRect();
    const panelTop = panel.getBoundingClientRect().top;
    if (box.bottom > panelTop - 8 && box.top > 0) {
      root.defaultView?.scrollBy({
        top: box.bottom - panelTop + 16,
        behavior: reducedMotion ? 'auto' : 'smooth',
      });
    }
  };

  const select = (node: SVGAElement) => {
    if (node === selected && !panel.hidden) return;
    const anchor = attr(node, 'data-cm-anchor');
    const entry = root.getElementById(anchor);
    if (!entry) return;
    selected = node;
    highlight(attr(node, 'data-cm-node'));
    fill(entry, anchor);
    panel.hidden = false;
    keepInView(node);
  };

  const deselect = () => {
    const was = selected;
    selected = undefined;
    panel.hidden = true;
    content.replaceChildren();
    highlight(undefined);
    clearTimeout(timer);
    status.textContent = '';
    return was;
  };

  // Listeners go on the HTML figure: Chromium makes an SVG element with focus listeners focusable.
  figure.addEventListener('focusin', (event) => {
    const node = nodeOf(event.target);
    if (node && !isReturning) select(node);
  });
  figure.addEventListener('click', (event) => {
    const node = nodeOf(event.target);
    if (!node) return;
    event.preventDefault();
    select(node);
    content.querySelector<HTMLElement>('.ptk-cm-panel__title')?.focus({ preventScroll: true });
  });
  // A link to another box moves there; "Read more" goes to the entry as a link should.
  content.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const hash = link?.getAttribute('href') ?? '';
    const node = hash.startsWith('#') ? byAnchor.get(hash.slice(1)) : undefined;
    if (!link || !node || link.hasAttribute('data-cm-read-more')) return;
    event.preventDefault();
    node.focus();
  });
  const returnTo = (node: SVGAElement | undefined) => {
    isReturning = true;
    node?.focus();
    isReturning = false;
  };
  close.addEventListener('click', () => returnTo(deselect()));
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    const inPanel = panel.contains(root.activeElement);
    const node = deselect();
    if (inPanel) returnTo(node);
  });
}

if (typeof document !== 'undefined') enhanceChangeModel();
