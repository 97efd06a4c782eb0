// Keeps one benchmark's generated part of a markdown file, leaving the rest as people wrote it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIOME = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.bin/biome');

/** Aligns the tables as the project's formatter does, so a run leaves the file as lint wants it. */
function format(path) {
  const result = spawnSync(BIOME, ['format', '--write', path], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.warn(`Could not format ${path}: ${result.error?.message ?? result.stderr}`);
  }
}

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
    format(path);
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
  format(path);
}
