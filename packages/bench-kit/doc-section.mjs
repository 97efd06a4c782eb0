// Keeps one benchmark's generated part of a markdown file, leaving the rest as people wrote it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the part of a markdown file between the `start` and `end` markers with `section`.
 * Where the markers are missing, appends `intro` and the markers; where the file is missing,
 * starts it with a `# Benchmarks` heading.
 * @param {{ path: string, start: string, end: string, intro: string, section: string }} part
 */
export function replaceDocSection({ path, start, end, intro, section }) {
  const generated = `${start}\n${section}\n${end}`;
  if (!existsSync(path)) {
    writeFileSync(path, `# Benchmarks\n\n${intro}\n${generated}\n`);
    return;
  }
  const current = readFileSync(path, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from !== -1 && to > from
      ? `${current.slice(0, from)}${generated}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${intro}\n${generated}\n`;
  writeFileSync(path, next);
}
