import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The client scripts pages may opt into; each enhances a page that already works without it. */
export type ClientScript = 'search' | 'change-model' | 'self-assessment' | 'shared-expectations';

export interface Assets {
  stylesheet: string;
  script(name: ClientScript): string;
}

interface ManifestEntry {
  file: string;
  css?: string[];
  isEntry?: boolean;
}

/** Reads the hashed file names Vite wrote, so pages link to long-cacheable files. */
export function loadAssets(clientDir: string): Assets {
  const manifest = JSON.parse(
    readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestEntry>;
  const entry = (source: string) => {
    const found = manifest[source];
    if (!found) throw new Error(`${source} is missing from the client build; run the site's build`);
    return found;
  };
  const styles = entry('src/client/styles.css');
  return {
    stylesheet: `/${styles.file}`,
    script: (name) => `/${entry(`src/client/${name}.ts`).file}`,
  };
}
