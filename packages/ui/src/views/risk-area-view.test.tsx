import { findRelated, type RiskArea } from '@peer-toolkit/core';
import { describe, expect, it } from 'vitest';
import { bundle, findItem, renderView, textsOf } from './render-view.test-support.js';
import { RiskAreaView } from './risk-area-view.js';

function render(riskArea: RiskArea) {
  return renderView(
    <RiskAreaView riskArea={riskArea} related={findRelated(bundle, 'riskAreas', riskArea.id)} />,
  );
}

describe('RiskAreaView', () => {
  const emotionalDemands = findItem(bundle.riskAreas, 'emotional-demands');

  it('shows the title, its direction and the sections in order', () => {
    const document = render(emotionalDemands);
    expect(textsOf(document, 'h1')).toEqual(['The emotional demands of the work']);
    expect(textsOf(document, '.ptk-caption')).toEqual([
      'Direction of risk: The peer worker’s wellbeing',
    ]);
    expect(textsOf(document, 'h2')).toEqual([
      'Contents',
      'What the research found',
      'What to consider',
      'Actions, by who acts',
      'Related toolkit topics',
      'Evidence',
    ]);
  });

  it('groups actions under who acts, in a fixed order', () => {
    const document = render(emotionalDemands);
    expect(textsOf(document, '.ptk-action-group h3')).toEqual([
      'Managers',
      'Supervisors',
      'The team',
      'Peer workers',
    ]);
    const managers = document.querySelector('#actions-manager')?.parentElement;
    expect(managers?.querySelectorAll('.ptk-claim')).toHaveLength(2);
  });

  it('labels each claim with the strength of its evidence and links to the publication', () => {
    const document = render(emotionalDemands);
    const finding = document.querySelectorAll('.ptk-claim')[1];
    expect(finding?.querySelector('.ptk-tag')?.textContent).toBe('Research finding');
    expect(finding?.querySelector('.ptk-evidence a')?.getAttribute('href')).toBe(
      '/research/publications#peer-worker-roles-and-risk-2015',
    );
    expect(document.querySelectorAll('.ptk-tag--suggested-practice').length).toBeGreaterThan(0);
  });

  it('links to related topics and lists the references', () => {
    const document = render(emotionalDemands);
    const topicLinks = [...document.querySelectorAll('.ptk-related-list a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(topicLinks).toEqual([
      '/topics/supervision-and-support',
      '/topics/training',
      '/topics/sharing-lived-experience',
    ]);
    const cited = findRelated(bundle, 'riskAreas', emotionalDemands.id).publications;
    expect(cited.length).toBeGreaterThan(3);
    expect(document.querySelectorAll('.ptk-references li')).toHaveLength(cited.length);
  });

  it('says plainly that risk to the organisation is suggested practice', () => {
    const organisation = render(findItem(bundle.riskAreas, 'role-drift'));
    expect(organisation.querySelector('.ptk-inset')?.textContent).toContain('suggested practice');
    expect(render(emotionalDemands).querySelector('.ptk-inset')).toBeNull();
  });

  it('says when the research did not look at a risk area', () => {
    const document = render({ ...emotionalDemands, findings: [] });
    expect(document.querySelector('#findings + p')?.textContent).toContain(
      'The research did not look at this directly',
    );
  });
});
