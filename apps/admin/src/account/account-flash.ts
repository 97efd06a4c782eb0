/**
 * A message handed from the sign-in steps a user had to finish (new password, two-step
 * verification) to the account page they land on, which reads it once.
 */
export interface AccountFlash {
  message: string;
  /** Where the user was going before they were stopped, to offer the way back. */
  returnTo: string;
}

let pending: AccountFlash | undefined;

export function setAccountFlash(flash: AccountFlash): void {
  pending = flash;
}

export function takeAccountFlash(): AccountFlash | undefined {
  const flash = pending;
  pending = undefined;
  return flash;
}
