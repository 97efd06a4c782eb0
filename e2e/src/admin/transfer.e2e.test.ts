import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, formatProblems } from '../harness/page-checks.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../harness/servers.js';
import { useServersAndBrowser } from '../harness/use-servers.js';
import { signInAsAdmin } from './admin-api.js';
import { signInUi } from './admin-page.js';

// An admin downloads the export, changes a topic in the file elsewhere, and imports it back:
// they are shown what the import would do before anything changes, then it is applied.

const run = useServersAndBrowser();
const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'screenshots');

interface Exported {
  items: { collection: string; id: string; revisions: { number: number; content: object }[] }[];
}

describe('importing an export in the admin', () => {
  it('checks the file, shows what would change, and applies just that', async () => {
    const admin = await signInAsAdmin(run.servers.apiUrl);
    const exported = (await admin.ok('GET', '/admin/export')) as unknown as Exported;
    const topic = exported.items.find((item) => item.collection === 'topics');
    const last = topic?.revisions.at(-1);
    if (!topic || !last) throw new Error('the export has no topic');
    topic.revisions.push({
      ...last,
      number: last.number + 1,
      content: { ...last.content, title: 'A title changed in the file' },
    });
    const file = join(mkdtempSync(join(tmpdir(), 'toolkit-import-')), 'export.json');
    writeFileSync(file, JSON.stringify(exported));

    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    await page.getByRole('link', { name: 'Export and import' }).click();
    await page.getByRole('heading', { name: 'Export and import', level: 1 }).waitFor();
    await page.getByLabel('Export file').setInputFiles(file);
    await page.getByRole('button', { name: 'Check what the import would do' }).click();
    const report = page.getByRole('region', { name: 'What the import would do' });
    await report.waitFor();
    const text = await report.textContent();
    expect(text).toContain('1 changed item');
    expect(text).toContain(`“${topic.id}”`);
    // Nothing has changed yet.
    const before = await admin.ok('GET', `/admin/content/topics/${topic.id}`);
    expect((before.content as { title: string }).title).not.toBe('A title changed in the file');

    const problems = await findAxeViolations(page, 'import checked');
    await page.screenshot({ path: join(screenshots, 'admin-import-checked.png'), fullPage: true });
    expect(problems, formatProblems('Axe violations', problems)).toEqual([]);

    await report.getByRole('button', { name: 'Import these changes' }).click();
    await page.getByText('Imported: 0 new, 1 changed').waitFor();
    const after = await admin.ok('GET', `/admin/content/topics/${topic.id}`);
    expect((after.content as { title: string }).title).toBe('A title changed in the file');

    // A file that is not an export is refused before anything is sent, against the field.
    const notJson = join(dirname(file), 'notes.json');
    writeFileSync(notJson, 'these are my notes, not an export');
    await page.getByLabel('Export file').setInputFiles(notJson);
    await page.getByRole('button', { name: 'Check what the import would do' }).click();
    await page.getByText('it is not JSON').first().waitFor();
    const refused = await findAxeViolations(page, 'import refused');
    await page.setViewportSize({ width: 375, height: 900 });
    await page.screenshot({
      path: join(screenshots, 'admin-import-refused-375.png'),
      fullPage: true,
    });
    expect(refused, formatProblems('Axe violations', refused)).toEqual([]);
  });
});
