import * as core from '@peer-toolkit/core';
import * as ui from '@peer-toolkit/ui';

type LabelMap = Readonly<Record<string, string>>;

function isLabelMap(value: unknown): value is LabelMap {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).length > 0 &&
    Object.values(value).every((label) => typeof label === 'string')
  );
}

/**
 * The words the site shows for enum values live next to their schemas as `…Labels` maps
 * (`riskDirectionLabels`, `roleBasisLabels`, …). They are found by that naming convention, so a
 * new map in core or ui reaches the forms without an admin change.
 */
const labelMaps: LabelMap[] = [...Object.entries(core), ...Object.entries(ui)]
  .filter(([name, value]) => name.endsWith('Labels') && isLabelMap(value))
  .map(([, value]) => value as LabelMap);

/** The label map whose keys are exactly these values, when there is one. */
export function findEnumLabels(values: readonly string[]): LabelMap | undefined {
  return labelMaps.find((map) => {
    const keys = Object.keys(map);
    return keys.length === values.length && values.every((value) => Object.hasOwn(map, value));
  });
}

/** "peer-worker-wellbeing" → "Peer worker wellbeing"; "relatedTopicIds" → "Related topic ids". */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
