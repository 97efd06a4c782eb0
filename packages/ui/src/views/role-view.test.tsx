import { findRelated, type PeerWorkerRole } from '@peer-toolkit/core';
import { describe, expect, it } from 'vitest';
import { bundle, findItem, renderView, textsOf } from './render-view.test-support.js';
import { RoleView } from './role-view.js';

function render(role: PeerWorkerRole) {
  return renderView(<RoleView role={role} related={findRelated(bundle, 'roles', role.id)} />);
}

/** Key facts as "term: value" pairs. */
function facts(document: Document): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('.ptk-summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]),
  );
}

describe('RoleView', () => {
  const wrapTrainer = findItem(bundle.roles, 'wrap-trainer');
  const crisisWorker = findItem(bundle.roles, 'crisis-peer-worker');

  it('labels a studied role as one the research studied', () => {
    const document = render(wrapTrainer);
    expect(textsOf(document, 'h1')).toEqual(['WRAP trainer (South of England)']);
    expect(textsOf(document, '.ptk-role-basis .ptk-tag')).toEqual(['A role the research studied']);
    expect(document.querySelector('.ptk-role-basis')?.textContent).not.toContain('Illustrative');
  });

  it('labels an illustrative role as an example, not a studied role', () => {
    const document = render(crisisWorker);
    expect(textsOf(document, '.ptk-role-basis .ptk-tag')).toEqual(['Illustrative example']);
    expect(document.querySelector('.ptk-role-basis')?.textContent).toContain(
      'not a role the research studied',
    );
  });

  it('gives the key facts in words', () => {
    expect(facts(render(crisisWorker))).toEqual({
      'Employer sector': 'Partnership',
      'Employment basis': 'Paid, Sessional',
      Settings: 'Crisis services',
      Hours: crisisWorker.hours,
    });
    expect(facts(render(wrapTrainer))['Employer sector']).toBe('Not reported by the study');
  });

  it('has a section for each part of the profile', () => {
    expect(textsOf(render(wrapTrainer), 'h2')).toEqual([
      'Contents',
      'Key facts',
      'Main activities',
      'Lived experience asked for',
      'Training',
      'Supervision and line management',
      'How this role brings change',
      'Related toolkit topics',
      'Evidence',
    ]);
  });

  it('links to the change mechanisms and related topics', () => {
    const document = render(wrapTrainer);
    const change = [...document.querySelectorAll('#change ~ .ptk-related-list a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(change).toEqual([
      '/change-model#role-modelling-recovery',
      '/change-model#engaging-with-services-and-community',
    ]);
    expect(
      document.querySelector('#related-topics ~ .ptk-related-list a')?.getAttribute('href'),
    ).toBe('/topics/training');
  });

  it('shows the evidence with its strength', () => {
    const document = render(wrapTrainer);
    const evidence = textsOf(document, '#evidence ~ .ptk-evidence li');
    expect(evidence[0]).toBe('Research finding Gillard et al. (2013)');
    expect(evidence).toContain('Suggested practice Gillard et al. (2017)');
  });
});
