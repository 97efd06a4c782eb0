import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Peer Worker Toolkit';
const PERIOD = 30;

function totpFor(secret: string, label: string) {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, label: string): string {
  return totpFor(secret, label).toString();
}

/**
 * The time step a code is valid for, allowing one step either side for clock drift, or
 * undefined. The caller records the step so the same code cannot be used again.
 */
export function matchTotp(secret: string, code: string, now = Date.now()): number | undefined {
  const delta = totpFor(secret, 'check').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return undefined;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** For tests and set-up screens: the code an authenticator would show at `now`. */
export function currentTotp(secret: string, now = Date.now()): string {
  return totpFor(secret, 'check').generate({ timestamp: now });
}
