import { type AuditEntry, type Role, RoleSchema, roleLabels } from '@peer-toolkit/core';

const utcFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/**
 * The time as recorded (UTC), and in the reader's own zone when that differs:
 * { utc: "14 Mar 2026, 09:30:12 UTC", local: "14 Mar 2026, 10:30:12 your time" }.
 */
export function formatAuditTime(
  iso: string,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): { utc: string; local: string | undefined } {
  const date = new Date(iso);
  const utc = utcFormat.format(date);
  const local = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone,
  }).format(date);
  return { utc: `${utc} UTC`, local: local === utc ? undefined : `${local} your time` };
}

const isRole = (value: unknown): value is Role => RoleSchema.safeParse(value).success;

function roleList(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  const roles = value.filter(isRole).map((role) => roleLabels[role]);
  return roles.length ? roles.join(', ') : 'no roles';
}

const failureReasons: Record<string, string> = {
  'unknown-account': 'No account has this email address',
  disabled: 'The account is disabled',
  'wrong-password': 'Wrong password',
};

/** "wasPublished" → "Was published". */
function words(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

/**
 * The details of an entry in a few words, one phrase a key: the keys the API writes get their own
 * words; any other is shown as "Key: value", so nothing recorded is hidden.
 */
export function summariseDetails(entry: Pick<AuditEntry, 'action' | 'details'>): string[] {
  const phrases: string[] = [];
  const details = { ...entry.details };
  const take = (key: string) => {
    const value = details[key];
    delete details[key];
    return value;
  };
  if ('revision' in details) {
    const revision = take('revision');
    phrases.push(revision === null ? 'No revision' : `Revision ${plain(revision)}`);
  }
  if ('email' in details) phrases.push(`Email ${plain(take('email'))}`);
  if ('displayName' in details) phrases.push(`Name “${plain(take('displayName'))}”`);
  if ('role' in details) {
    const role = take('role');
    phrases.push(`Role ${isRole(role) ? roleLabels[role] : plain(role)}`);
  }
  if ('disabled' in details) phrases.push(take('disabled') ? 'Disabled' : 'Enabled');
  if ('secondFactorRequiredFor' in details)
    phrases.push(`Two-step verification required for ${roleList(take('secondFactorRequiredFor'))}`);
  if ('ended' in details) {
    const ended = Number(take('ended'));
    phrases.push(`${ended} ${ended === 1 ? 'session' : 'sessions'} ended`);
  }
  if ('problems' in details) {
    const problems = Number(take('problems'));
    phrases.push(`${problems} ${problems === 1 ? 'problem' : 'problems'} found`);
  }
  if ('wasPublished' in details)
    phrases.push(take('wasPublished') ? 'Was published' : 'Was not published');
  if (entry.action === 'content.import') {
    const counts = ['created', 'updated', 'deleted']
      .filter((key) => key in details)
      .map((key) => `${plain(take(key))} ${key}`);
    if (counts.length) phrases.push(counts.join(', '));
    if ('dryRun' in details && take('dryRun')) phrases.push('Trial run: nothing was changed');
  }
  if ('reason' in details) {
    const reason = take('reason');
    phrases.push(failureReasons[String(reason)] ?? `Reason: ${plain(reason)}`);
  }
  if ('method' in details) {
    const method = String(take('method'));
    phrases.push(method.includes('totp') ? 'With password and code' : 'With password');
  }
  if ('retryAfterSeconds' in details) {
    phrases.push(`Next try allowed after ${plain(take('retryAfterSeconds'))} seconds`);
  }
  if (details.during === 'disable') {
    take('during');
    phrases.push('While turning off two-step verification');
  }
  for (const [key, value] of Object.entries(details))
    phrases.push(`${words(key)}: ${plain(value)}`);
  return phrases;
}
