import type { RiskArea, ToolkitTopic } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';

// Copies of seeded items rather than core's fixtures: their evidence names publications the
// seeded database holds, so they pass the integrity checks a publish runs.
const bundle = loadDefaultBundle();
const topicTemplate = bundle.topics[0] as ToolkitTopic;
const riskAreaTemplate = bundle.riskAreas[0] as RiskArea;

/** The first default topic, copied under a new id and slug, titled "Topic <id>". */
export function sampleTopic(id: string, overrides: Partial<ToolkitTopic> = {}): ToolkitTopic {
  return { ...structuredClone(topicTemplate), id, slug: id, title: `Topic ${id}`, ...overrides };
}

/** The first default risk area, copied under a new id and slug, titled "Risk area <id>". */
export function sampleRiskArea(id: string, overrides: Partial<RiskArea> = {}): RiskArea {
  return {
    ...structuredClone(riskAreaTemplate),
    id,
    slug: id,
    title: `Risk area ${id}`,
    ...overrides,
  };
}
