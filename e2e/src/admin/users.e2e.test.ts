import { describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../harness/servers.js';
import { useServersAndBrowser } from '../harness/use-servers.js';
import { createUser, signInAsAdmin } from './admin-api.js';
import { signInUi } from './admin-page.js';

// Two admins look after the same user: one in the browser, one through the API. The later change
// is refused with the user as they are now, and nothing the browser's admin typed is lost.

const run = useServersAndBrowser();

describe('an admin managing a user', () => {
  it('is shown another admin’s change instead of overwriting it, and then saves their own', async () => {
    const other = await signInAsAdmin(run.servers.apiUrl);
    const casey = await createUser(other, { role: 'editor', name: 'Casey Concurrent' });
    const page = await run.browser.newPerson();
    await signInUi(
      page,
      run.servers.apiUrl,
      { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      { path: `/users/${casey.id}` },
    );
    await page.getByRole('heading', { name: 'Casey Concurrent', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Casey Typed In The Browser');
    await page.getByLabel('Publisher').check();

    // Meanwhile the other admin renames Casey.
    const seen = await other.send('GET', `/admin/users/${casey.id}`);
    await other.ok('PATCH', `/admin/users/${casey.id}`, {
      body: { displayName: 'Casey Renamed Elsewhere' },
      ifMatch: seen.etag ?? '',
    });

    await page.getByRole('button', { name: 'Save name and role' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Someone else changed this user');
    await page.getByRole('heading', { name: 'Casey Renamed Elsewhere', level: 1 }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(
      'Casey Typed In The Browser',
    );
    expect(await page.getByLabel('Publisher').isChecked()).toBe(true);
    let stored = await other.ok('GET', `/admin/users/${casey.id}`);
    expect(stored).toMatchObject({ displayName: 'Casey Renamed Elsewhere', role: 'editor' });

    // Having seen the other change, the admin saves theirs.
    await page.getByRole('button', { name: 'Save name and role' }).click();
    await page.getByText('Changes saved.').waitFor();
    stored = await other.ok('GET', `/admin/users/${casey.id}`);
    expect(stored).toMatchObject({ displayName: 'Casey Typed In The Browser', role: 'publisher' });

    // The browser now holds the new version: disabling goes straight through.
    await page.getByRole('button', { name: 'Disable user' }).click();
    await page.getByRole('button', { name: 'Yes, disable' }).click();
    await page.getByText('is disabled and has been signed out').waitFor();
    stored = await other.ok('GET', `/admin/users/${casey.id}`);
    expect(stored.disabled).toBe(true);
  });
});
