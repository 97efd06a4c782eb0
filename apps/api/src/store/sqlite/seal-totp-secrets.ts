import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { isSealed, type SecretBox } from '../secret-box.js';

/**
 * Run at start. Seals any TOTP secret still stored in clear (by a version before sealing), and
 * checks that the sealed ones open with this key, so a wrong or lost key stops the server with a
 * clear message instead of failing every second-factor sign-in later.
 */
export async function sealTotpSecrets(db: Kysely<Database>, box: SecretBox): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('users')
      .select(['id', 'totp_secret'])
      .where('totp_secret', 'is not', null)
      .execute();
    let sealed = 0;
    for (const { id, totp_secret: stored } of rows) {
      if (stored === null) continue;
      if (isSealed(stored)) {
        try {
          box.open(stored, id);
        } catch {
          throw new Error(
            'The stored two-step verification secrets do not open with this secrets key. Start with the key they were sealed with (SECRETS_KEY, or secrets.key in the data folder).',
          );
        }
        continue;
      }
      await trx
        .updateTable('users')
        .set({ totp_secret: box.seal(stored, id) })
        .where('id', '=', id)
        .execute();
      sealed += 1;
    }
    return sealed;
  });
}
