import type { SessionInfo } from '@peer-toolkit/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SessionProvider } from '../session/session-context.js';
import { fakeApi, problem, sessionFor } from '../test-support/fake-api.js';
import { AccountPage } from './account-page.js';
import { ChangePasswordForm } from './change-password-form.js';
import { SecondFactorOffForm } from './second-factor-off-form.js';
import { groupSecret, SecondFactorSetup } from './second-factor-setup.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const URI = `otpauth://totp/Toolkit%20admin:me%40example.org?secret=${SECRET}&issuer=Toolkit%20admin`;

function withSession(ui: ReactNode, path = '/account') {
  return render(
    <Router hook={memoryLocation({ path }).hook}>
      <SessionProvider>{ui}</SessionProvider>
    </Router>,
  );
}

const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: RegExp, value: string) => fireEvent.change(field(name), { target: { value } });

describe('ChangePasswordForm', () => {
  it('explains the rules: length, no composition rules, not a common password', () => {
    fakeApi({});
    render(<ChangePasswordForm email="me@example.org" onChanged={() => undefined} />);
    const hint = screen.getByText(/8 to 128 characters long/).closest('.ptk-hint') as HTMLElement;
    expect(hint.textContent).toMatch(/commonly used password/);
    expect(hint.textContent).toMatch(/no rules about capitals, numbers or symbols/);
    // The rules are read out with the field.
    expect(field(/^New password/).getAttribute('aria-describedby')).toContain(hint.id);
  });

  it('lists every missing field in a focused summary and against each field', async () => {
    const api = fakeApi({});
    render(<ChangePasswordForm email="me@example.org" onChanged={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter your current password',
      'Enter a new password',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(field(/Current password/).getAttribute('aria-invalid')).toBe('true');
    expect(links[1]?.getAttribute('href')).toBe(`#${field(/^New password/).id}`);
    expect(api.requests).toHaveLength(0);
  });

  it('checks the length before asking the server', () => {
    const api = fakeApi({});
    render(<ChangePasswordForm email="me@example.org" onChanged={() => undefined} />);
    type(/Current password/, 'old-password-1');
    type(/^New password/, 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getAllByText(/at least 8 characters/)).toHaveLength(2);
    expect(api.requests).toHaveLength(0);
  });

  it('shows the API’s common-password message against the new password', async () => {
    const message =
      'This password is too common. Choose one that is harder to guess, such as a few unrelated words.';
    fakeApi({
      'POST /admin/auth/password': {
        status: 422,
        body: problem(422, 'VALIDATION_FAILED', message, [
          { path: ['body', 'newPassword'], message },
        ]),
      },
    });
    render(<ChangePasswordForm email="me@example.org" onChanged={() => undefined} />);
    type(/Current password/, 'old-password-1');
    type(/^New password/, 'password123');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const newPassword = field(/^New password/);
    await waitFor(() => expect(newPassword.getAttribute('aria-invalid')).toBe('true'));
    const errorId = newPassword.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain('too common');
    expect(field(/Current password/).getAttribute('aria-invalid')).toBeNull();
    // What was typed stays.
    expect(newPassword.value).toBe('password123');
  });

  it('sends both passwords and hands over the new session', async () => {
    const next = sessionFor();
    const api = fakeApi({ 'POST /admin/auth/password': { body: next } });
    const onChanged = vi.fn();
    render(<ChangePasswordForm email="me@example.org" onChanged={onChanged} />);
    type(/Current password/, 'old-password-1');
    type(/^New password/, 'a new long password');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(next));
    expect(api.requests[0]?.body).toEqual({
      currentPassword: 'old-password-1',
      newPassword: 'a new long password',
    });
  });
});

describe('SecondFactorSetup', () => {
  it('groups the secret in fours', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });

  it('shows the QR code as an SVG image with a text alternative, then confirms a code', async () => {
    const next = sessionFor({ totpEnabled: true });
    const api = fakeApi({
      'POST /admin/auth/second-factor/setup': { body: { secret: SECRET, uri: URI } },
      'POST /admin/auth/second-factor/confirm': { body: next },
    });
    const onEnabled = vi.fn();
    render(<SecondFactorSetup onEnabled={onEnabled} />);
    fireEvent.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    const qr = await screen.findByRole('img', { name: /QR code.*setup key/ });
    await waitFor(() => expect(qr.querySelector('svg')).not.toBeNull());
    // The text alternative: the same secret, readable and typeable.
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeTruthy();
    expect(screen.getByRole('link', { name: /open the key/ }).getAttribute('href')).toBe(URI);
    type(/Code from your authenticator app/, '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    await waitFor(() => expect(onEnabled).toHaveBeenCalledWith(next));
    expect(api.requests[1]?.body).toEqual({ code: '123456' });
  });

  it('says when a code did not match, against the code field', async () => {
    fakeApi({
      'POST /admin/auth/second-factor/setup': { body: { secret: SECRET, uri: URI } },
      'POST /admin/auth/second-factor/confirm': {
        status: 422,
        body: problem(422, 'VALIDATION_FAILED', 'That code did not match. Check the time.', [
          { path: ['body', 'code'], message: 'Enter the current 6-digit code' },
        ]),
      },
    });
    render(<SecondFactorSetup onEnabled={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    await screen.findByLabelText(/Code from your authenticator app/);
    type(/Code from your authenticator app/, '000000');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    expect(await screen.findAllByText(/That code did not match/)).toHaveLength(2);
  });

  it('asks for six digits before sending', async () => {
    const api = fakeApi({
      'POST /admin/auth/second-factor/setup': { body: { secret: SECRET, uri: URI } },
    });
    render(<SecondFactorSetup onEnabled={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    await screen.findByLabelText(/Code from your authenticator app/);
    type(/Code from your authenticator app/, '12ab');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    expect(screen.getAllByText(/6-digit code from your authenticator app/)).toHaveLength(2);
    expect(api.requests).toHaveLength(1);
  });
});

describe('SecondFactorOffForm', () => {
  it('shows the API’s refusal when the role requires two-step verification', async () => {
    fakeApi({
      'POST /admin/auth/second-factor/disable': {
        status: 403,
        body: problem(
          403,
          'FORBIDDEN',
          'Your role requires two-step verification, so it cannot be turned off.',
        ),
      },
    });
    render(<SecondFactorOffForm onDisabled={() => undefined} />);
    type(/Your password/, 'my password');
    type(/Code from/, '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Turn off two-step verification' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Your role requires two-step verification');
  });
});

describe('AccountPage', () => {
  it('updates the session from the answer and says what happened', async () => {
    let session: SessionInfo = sessionFor({ role: 'editor' });
    fakeApi({
      'GET /admin/auth/session': () => ({ body: session }),
      'POST /admin/auth/password': () => {
        session = { ...sessionFor({ role: 'editor' }), expiresAt: '2030-02-01T00:00:00.000Z' };
        return { body: session };
      },
    });
    withSession(<AccountPage />);
    await screen.findByRole('heading', { name: 'Your account' });
    type(/Current password/, 'old-password-1');
    type(/^New password/, 'a new long password');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const status = await screen.findByText(/Your password has been changed/);
    expect(status.closest('[role="status"]')).not.toBeNull();
  });

  it('tells an admin whose role must use it that it cannot be turned off', async () => {
    fakeApi({
      'GET /admin/auth/session': { body: sessionFor({ role: 'admin', totpEnabled: true }) },
      'GET /admin/security-settings': { body: { secondFactorRequiredFor: ['admin'] } },
    });
    withSession(<AccountPage />);
    expect(await screen.findByText(/must use two-step verification, so you cannot/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off two-step verification' })).toBeNull();
  });

  it('offers to turn it off where the role allows', async () => {
    fakeApi({
      'GET /admin/auth/session': { body: sessionFor({ role: 'editor', totpEnabled: true }) },
    });
    withSession(<AccountPage />);
    expect(
      await screen.findByRole('button', { name: 'Turn off two-step verification' }),
    ).toBeTruthy();
  });
});
