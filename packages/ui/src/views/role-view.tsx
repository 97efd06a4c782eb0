import {
  type EmploymentBasis,
  employerSectorLabels,
  employmentBasisLabels,
  type PeerWorkerRole,
  type RelatedContent,
  type RoleSetting,
  roleSettingLabels,
} from '@peer-toolkit/core';
import type { ReactNode } from 'react';
import { ContentsList, SummaryList, Tag } from '../components/layout-pieces.js';
import { Markdown } from '../components/markdown.js';
import { EvidenceSection } from './evidence-section.js';
import { RelatedSummaries, RelatedTopicsSection, relatedOf } from './related-links.js';

type RoleBasis = PeerWorkerRole['basis'];

/** What each kind of role profile is, in words; the label never relies on its colour. */
export const roleBasisLabels = {
  studied: 'A role the research studied',
  illustrative: 'Illustrative example',
} as const satisfies Record<RoleBasis, string>;

const roleBasisExplanations = {
  studied: 'This profile describes a peer worker role that the research looked at.',
  illustrative:
    'This is not a role the research studied. It is an example for a common setting, built from the evidence.',
} as const satisfies Record<RoleBasis, string>;

/** "A role the research studied" or "Illustrative example", as a tag. */
export function RoleBasisTag({ basis }: { basis: RoleBasis }) {
  return <Tag tone={basis === 'studied' ? 'blue' : 'orange'}>{roleBasisLabels[basis]}</Tag>;
}

/** A role's key facts: sector, basis, settings and, when asked, hours. */
export function roleFacts(
  role: PeerWorkerRole,
  { withHours = true }: { withHours?: boolean } = {},
): { key: string; value: ReactNode }[] {
  const rows = [
    {
      key: 'Employer sector',
      value: role.sector
        ? employerSectorLabels[role.sector]
        : role.basis === 'studied'
          ? 'Not reported by the study'
          : 'Any',
    },
    {
      key: 'Employment basis',
      value: role.employmentBasis
        .map((basis: EmploymentBasis) => employmentBasisLabels[basis])
        .join(', '),
    },
    {
      key: 'Settings',
      value: role.settings.map((setting: RoleSetting) => roleSettingLabels[setting]).join(', '),
    },
  ];
  return withHours ? [...rows, { key: 'Hours', value: role.hours }] : rows;
}

/** A peer worker role profile, as the public reads it and as the admin previews it. */
export function RoleView({ role, related }: { role: PeerWorkerRole; related: RelatedContent }) {
  const mechanisms = relatedOf(related.references, 'mechanisms');
  const topics = relatedOf(related.references, 'topics');
  const sections = [
    { id: 'key-facts', label: 'Key facts', shown: true },
    { id: 'activities', label: 'Main activities', shown: true },
    { id: 'lived-experience', label: 'Lived experience asked for', shown: true },
    { id: 'training', label: 'Training', shown: true },
    { id: 'supervision', label: 'Supervision and line management', shown: true },
    { id: 'change', label: 'How this role brings change', shown: mechanisms.length > 0 },
    { id: 'related-topics', label: 'Related toolkit topics', shown: topics.length > 0 },
    {
      id: 'evidence',
      label: 'Evidence',
      shown: role.evidence.length + related.publications.length > 0,
    },
  ].filter((section) => section.shown);

  return (
    <article className="ptk-role">
      <p className="ptk-caption">Peer worker role</p>
      <h1>{role.title}</h1>
      <div className={`ptk-role-basis ptk-role-basis--${role.basis}`}>
        <p>
          <RoleBasisTag basis={role.basis} />
        </p>
        <p>{roleBasisExplanations[role.basis]}</p>
      </div>
      <Markdown source={role.summary} className="ptk-lead" />
      <ContentsList items={sections} />

      <section aria-labelledby="key-facts">
        <h2 id="key-facts">Key facts</h2>
        <SummaryList rows={roleFacts(role)} />
      </section>

      <section aria-labelledby="activities">
        <h2 id="activities">Main activities</h2>
        <ul className="ptk-list">
          {role.activities.map((activity) => (
            <li key={activity}>{activity}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lived-experience">
        <h2 id="lived-experience">Lived experience asked for</h2>
        <Markdown source={role.livedExperience} />
      </section>

      <section aria-labelledby="training">
        <h2 id="training">Training</h2>
        <Markdown source={role.training} />
      </section>

      <section aria-labelledby="supervision">
        <h2 id="supervision">Supervision and line management</h2>
        <Markdown source={role.supervision} />
      </section>

      {mechanisms.length > 0 ? (
        <section aria-labelledby="change">
          <h2 id="change">How this role brings change</h2>
          <p>The ways of bringing change, from the change model, that this role works through:</p>
          <RelatedSummaries items={mechanisms} />
        </section>
      ) : null}

      <RelatedTopicsSection topics={topics} />

      <EvidenceSection
        evidence={role.evidence}
        publications={related.publications}
        label="Main sources for this role"
      />
    </article>
  );
}
