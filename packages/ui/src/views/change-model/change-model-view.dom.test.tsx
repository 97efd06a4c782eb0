// @vitest-environment happy-dom
import {
  buildChangeModel,
  type ChangeModelGraph,
  ContentBundleSchema,
  labelCitations,
  type Publication,
} from '@peer-toolkit/core';
import { defaultContent } from '@peer-toolkit/core/content';
import {
  distinctivenessCondition,
  hopeOutcome,
  openingUpOutcome,
  reviewPublication,
  studyPublication,
  trustMechanism,
} from '@peer-toolkit/core/fixtures';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentProvider, siteLinkTo } from '../../components/content-context.js';
import { ChangeModelDiagram, ChangeModelLegend } from './change-model-diagram.js';
import { ChangeModelView } from './change-model-view.js';

const bundle = ContentBundleSchema.parse(defaultContent);
const defaultGraph = buildChangeModel(bundle);

const fixtureGraph = buildChangeModel({
  conditions: [
    distinctivenessCondition,
    {
      ...distinctivenessCondition,
      id: 'silos',
      slug: 'silos',
      order: 2,
      title: 'Teams kept apart',
      kind: 'constraint',
    },
  ],
  mechanisms: [trustMechanism],
  outcomes: [openingUpOutcome, hopeOutcome],
});

function render(graph: ChangeModelGraph, publications: readonly Publication[]) {
  const value = {
    publications: new Map(publications.map((p) => [p.id, p])),
    citations: labelCitations([...publications]),
    linkTo: siteLinkTo,
  };
  document.body.innerHTML = renderToStaticMarkup(
    <ContentProvider value={value}>
      <h1>How peer work helps</h1>
      <ChangeModelView
        graph={graph}
        topics={new Map([['role-definition', { title: 'Defining the role', slug: 'defining' }]])}
      />
    </ContentProvider>,
  );
  return document.body;
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** "Helps: A; B" for each row of an entry's links. */
const linkRows = (entry: Element | null | undefined) =>
  [...(entry?.querySelectorAll('.ptk-cm-links__row') ?? [])].map(
    (row) => `${text(row.querySelector('dt'))} ${text(row.querySelector('dd'))}`,
  );

describe('the change model diagram', () => {
  it('makes every node a link, with a name, to its entry in the text version', () => {
    const page = render(defaultGraph, bundle.publications);
    const nodes = [...page.querySelectorAll('svg a')];
    expect(nodes).toHaveLength(
      defaultGraph.conditions.length +
        defaultGraph.mechanisms.length +
        defaultGraph.outcomes.length,
    );
    for (const node of nodes) {
      const href = node.getAttribute('href') ?? '';
      expect(href).toMatch(/^#[a-z0-9-]+$/);
      const entry = page.querySelector(href);
      expect(entry, href).not.toBeNull();
      // The name starts with what the box says, then its title, as shown in the entry.
      const name = node.getAttribute('aria-label') ?? '';
      const title = text(entry?.querySelector('h3, h4'));
      expect(name).toContain(title);
      expect(name).toMatch(
        /^(Enabler|Constraint|Change mechanism|Process outcome|Downstream outcome): /,
      );
    }
    expect(page.querySelector('a[href="#role-distinctiveness"]')?.getAttribute('aria-label')).toBe(
      'Enabler: A distinctive role',
    );
    expect(page.querySelector('a[href="#hope"]')?.getAttribute('aria-label')).toBe(
      'Downstream outcome: Hope. Some evidence, not consistent',
    );
  });

  it('scales to its container, is named by the heading and hides decoration', () => {
    const page = render(fixtureGraph, [studyPublication, reviewPublication]);
    const svg = page.querySelector('svg.ptk-cm-diagram');
    expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg?.getAttribute('width')).toBe('100%');
    expect(svg?.hasAttribute('height')).toBe(false);
    expect(svg?.getAttribute('role')).toBe('group');
    expect(text(page.querySelector(`#${svg?.getAttribute('aria-labelledby')}`))).toBe(
      'The model as a diagram',
    );
    expect(page.querySelector('.ptk-cm-edges')?.getAttribute('aria-hidden')).toBe('true');
    // The diagram sits in a labelled region that the keyboard can reach and scroll.
    const region = svg?.closest('section');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Change model diagram');
  });

  it('draws each relation in its own line style with an arrowhead', () => {
    const page = render(fixtureGraph, [studyPublication, reviewPublication]);
    const edges = [...page.querySelectorAll('path[data-cm-edge]')];
    expect(edges.map((edge) => edge.getAttribute('data-cm-edge'))).toEqual([
      'enables',
      'constrains',
      'leads-to',
      'leads-to',
    ]);
    const style = (relation: string) => {
      const edge = page.querySelector(`path[data-cm-edge="${relation}"]`);
      return [edge?.getAttribute('stroke-dasharray'), edge?.getAttribute('stroke-width')].join();
    };
    expect(new Set([style('enables'), style('constrains'), style('leads-to')]).size).toBe(3);
    expect(
      page.querySelector('path[data-cm-edge="constrains"]')?.getAttribute('stroke-dasharray'),
    ).toBeTruthy();
    for (const edge of edges) {
      const marker = (edge.getAttribute('marker-end') ?? '').match(/^url\(#(.+)\)$/)?.[1];
      expect(page.querySelector(`marker#${marker}`)).not.toBeNull();
    }
    // Constraints differ from enablers in outline and pattern, not colour alone.
    const box = (anchor: string) =>
      page
        .querySelector(`a[href="#${anchor}"] .ptk-cm-node__box`)
        ?.getAttribute('stroke-dasharray');
    expect(box('distinctiveness')).toBeNull();
    expect(box('silos')).toBeTruthy();
    expect(
      page.querySelector('a[href="#silos"] .ptk-cm-node__strip')?.getAttribute('fill'),
    ).toMatch(/^url\(#/);
    expect(text(page.querySelector('a[href="#silos"] .ptk-cm-node__kicker'))).toBe('CONSTRAINT');
  });

  it('has a key naming every kind of box and line', () => {
    document.body.innerHTML = renderToStaticMarkup(<ChangeModelLegend />);
    const key = text(document.body);
    expect(text(document.querySelector('h3'))).toBe('Key to the diagram');
    for (const term of [
      'Enabler',
      'Constraint',
      'Change mechanism',
      'Process outcome',
      'Downstream outcome',
      'Enables',
      'Constrains',
      'Leads to',
    ]) {
      expect(key).toContain(term);
    }
    expect(key).toContain('dashed line');
    expect(document.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(8);
  });

  it('renders on its own, without the text version or content', () => {
    document.body.innerHTML = renderToStaticMarkup(
      <ChangeModelDiagram graph={fixtureGraph} labelledBy="x" />,
    );
    expect(document.querySelectorAll('svg a')).toHaveLength(5);
  });
});

describe('the change model text version', () => {
  it('lists conditions, mechanisms and outcomes under headings in order', () => {
    const page = render(defaultGraph, bundle.publications);
    const headings = [...page.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName} ${text(h)}`);
    expect(headings.filter((h) => /^H[12] /.test(h))).toEqual([
      'H1 How peer work helps',
      'H2 The model as a diagram',
      'H2 Organisational conditions',
      'H2 Change mechanisms',
      'H2 Outcomes the evidence points to',
      'H2 Sources',
    ]);
    expect(headings).toContain('H3 Enablers: what helps');
    expect(headings).toContain('H3 Constraints: what gets in the way');
    expect(headings).toContain('H3 Process outcomes');
    expect(headings).toContain('H3 Downstream outcomes');
    // No heading level is skipped.
    const levels = [...page.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      Number(h.tagName[1]),
    );
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    });
  });

  it('gives each item its summary, its links and its evidence', () => {
    const page = render(fixtureGraph, [studyPublication, reviewPublication]);
    const condition = page.querySelector('#distinctiveness');
    expect(text(condition?.querySelector('h4'))).toBe('A distinctive role');
    expect(text(condition?.querySelector('.ptk-cm-entry__summary'))).toBe(
      'The role stays different from others.',
    );
    expect(linkRows(condition)).toEqual([
      'Helps: Building trust',
      'Toolkit topics: Defining the role',
    ]);
    expect(condition?.querySelector('.ptk-cm-links a')?.getAttribute('href')).toBe('#trust');
    expect(condition?.querySelector('.ptk-cm-links a[href="/topics/defining"]')).not.toBeNull();
    expect(text(condition?.querySelector('.ptk-evidence'))).toContain('Research finding');

    const constraint = page.querySelector('#silos');
    expect(linkRows(constraint)).toContain('Can hold back: Building trust');

    const mechanism = page.querySelector('#trust');
    expect(linkRows(mechanism)).toEqual([
      'Helped by: A distinctive role',
      'Held back by: Teams kept apart',
      'Leads to: Opening up',
    ]);
    expect(text(mechanism)).toContain('Parts of this mechanism');
    expect(text(mechanism)).toContain('Making a connection');

    const process = page.querySelector('#opening-up');
    expect(linkRows(process)).toEqual(['Comes from: Building trust', 'Leads to: Hope']);
    expect(text(process?.querySelector('.ptk-cm-entry__support'))).toBe(
      'How well the evidence supports it: Proposed by the research, not yet tested',
    );
    const hope = page.querySelector('#hope');
    expect(text(hope?.querySelector('.ptk-cm-entry__support'))).toContain(
      'Some evidence, not consistent',
    );
    expect(text(hope?.querySelector('.ptk-evidence'))).toContain('Related evidence');
  });

  it('says plainly that the links are a reading of the evidence, not tested pathways', () => {
    const page = render(fixtureGraph, [studyPublication, reviewPublication]);
    const outcomes = text(page.querySelector('section[aria-labelledby="cm-outcomes"]'));
    expect(outcomes).toContain('how this toolkit reads the evidence');
    expect(outcomes).toContain('not the change model paper’s own figure');
    expect(outcomes).toContain('have not been tested');
  });

  it('lists only the publications the model cites as sources', () => {
    const unused = { ...reviewPublication, id: 'unused', slug: 'unused', title: 'Not cited' };
    const page = render(fixtureGraph, [studyPublication, reviewPublication, unused]);
    const sources = text(page.querySelector('section[aria-labelledby="cm-sources"]'));
    expect(sources).toContain(studyPublication.title);
    expect(sources).toContain(reviewPublication.title);
    expect(sources).not.toContain('Not cited');
  });

  it('keeps every id on the page unique, even when slugs repeat across collections', () => {
    const graph = buildChangeModel({
      conditions: [{ ...distinctivenessCondition, slug: 'same' }],
      mechanisms: [{ ...trustMechanism, slug: 'same' }],
      outcomes: [openingUpOutcome, hopeOutcome],
    });
    const page = render(graph, [studyPublication, reviewPublication]);
    const ids = [...page.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page.querySelector('a[href="#same"]')?.getAttribute('data-cm-node')).toBe(
      'condition:distinctiveness',
    );
    expect(page.querySelector('a[href="#mechanism-same"]')).not.toBeNull();
    expect(page.querySelector('#mechanism-same h3')).not.toBeNull();
  });

  it('renders the panel hidden, for the script to fill', () => {
    const page = render(fixtureGraph, [studyPublication, reviewPublication]);
    const panel = page.querySelector('[data-cm-panel]');
    expect(panel?.hasAttribute('hidden')).toBe(true);
    expect(panel?.classList.contains('ptk-no-print')).toBe(true);
    expect(page.querySelector('[data-cm-status]')?.getAttribute('role')).toBe('status');
  });
});
