import type { ChangeModelGraph } from '@peer-toolkit/core';
import { ChangeModelDiagram, ChangeModelLegend } from './change-model-diagram.js';
import { indexChangeModel } from './change-model-index.js';
import {
  ChangeModelText,
  type ChangeModelTopicLookup,
  changeModelTextSections,
} from './change-model-text.js';

/** The sections of the whole view, for a page's contents list. */
export const changeModelSections = [
  { id: 'cm-diagram', label: 'The model as a diagram' },
  ...changeModelTextSections,
];

/**
 * The diagram with its key, then the same model in words. The details panel and the status
 * line are empty and hidden until the site's script fills them; without it, each box is a link
 * to its entry in the text version.
 */
export function ChangeModelView({
  graph,
  topics,
}: {
  graph: ChangeModelGraph;
  topics?: ChangeModelTopicLookup | undefined;
}) {
  const index = indexChangeModel(graph);
  return (
    <>
      <section aria-labelledby="cm-diagram" className="ptk-cm-figure" data-cm-figure="">
        <h2 id="cm-diagram">The model as a diagram</h2>
        <p id="cm-diagram-help">
          Select a box to see what it is and what it links to. Everything in the diagram is also
          described in words below it.{' '}
          <a href="#cm-conditions" className="ptk-cm-skip">
            Skip the diagram
          </a>
        </p>
        <ChangeModelLegend />
        <p className="ptk-cm-scroll-hint" aria-hidden="true">
          Scroll sideways to see the whole diagram.
        </p>
        {/* Focusable so keyboard users can scroll it on a narrow screen; named as a region. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
        <section className="ptk-cm-scroll" aria-label="Change model diagram" tabIndex={0}>
          <ChangeModelDiagram graph={graph} labelledBy="cm-diagram" describedBy="cm-diagram-help" />
        </section>
        <section
          className="ptk-cm-panel ptk-no-print"
          aria-label="Details of the selected box"
          hidden
          data-cm-panel=""
        >
          <button type="button" className="ptk-cm-panel__close" data-cm-close="">
            Close<span className="ptk-visually-hidden"> details</span>
          </button>
          <div data-cm-panel-content="" />
        </section>
        <p className="ptk-visually-hidden" role="status" data-cm-status="" />
      </section>
      <ChangeModelText graph={graph} index={index} topics={topics} />
    </>
  );
}
