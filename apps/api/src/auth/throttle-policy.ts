/**
 * Sign-in throttling. Failures are counted per client address, per account from that address,
 * and per account from anywhere. Each counter allows some failures free, then makes the next
 * attempt wait a delay that doubles with every further failure, up to a cap. A counter forgets
 * after a quiet day, and a success clears the account's counters.
 *
 * Because every delay is capped and the account-wide counter has the lowest cap, someone who
 * knows an email address can slow its owner down by at most a minute at a time, never lock them
 * out; an attacker guessing from one address faces waits of up to 15 minutes per guess.
 */
export interface ThrottleRule {
  free: number;
  capSeconds: number;
}

export const throttleRules = {
  address: { free: 20, capSeconds: 15 * 60 },
  accountFromAddress: { free: 5, capSeconds: 15 * 60 },
  account: { free: 20, capSeconds: 60 },
} as const satisfies Record<string, ThrottleRule>;

export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export type ThrottleScope = keyof typeof throttleRules;

export function throttleKeys(email: string, address: string): Record<ThrottleScope, string> {
  return {
    address: `address:${address}`,
    accountFromAddress: `account-address:${email}|${address}`,
    account: `account:${email}`,
  };
}

/** How long to block after the given number of failures, in milliseconds. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures <= rule.free) return 0;
  const seconds = 2 ** Math.min(failures - rule.free - 1, 20);
  return Math.min(seconds, rule.capSeconds) * 1000;
}
