import { formatTime } from '../pages/format-time.js';

/** "3 Mar 2026, 14:05" in the admin's own time zone, or "Never". */
export function formatSignIn(iso: string | null): string {
  return iso ? formatTime(iso) : 'Never';
}

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}
