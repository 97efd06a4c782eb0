import type { SessionInfo } from '@peer-toolkit/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app.js';
import { fakeApi, sessionFor } from '../test-support/fake-api.js';
import { requiredAccountStep } from './required-account-step.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';

beforeEach(() => window.history.replaceState(null, '', '/admin/users'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('requiredAccountStep', () => {
  it('puts a temporary password before a second factor, and nothing for a normal session', () => {
    expect(
      requiredAccountStep(sessionFor({ mustChangePassword: true }, 'enrol-second-factor')),
    ).toBe('password');
    expect(requiredAccountStep(sessionFor({}, 'enrol-second-factor'))).toBe('second-factor');
    expect(requiredAccountStep(sessionFor())).toBeUndefined();
  });
});

describe('forced account steps', () => {
  it('takes a user with a temporary password, then a required second factor, through both first', async () => {
    let session: SessionInfo = sessionFor(
      { role: 'admin', mustChangePassword: true },
      'enrol-second-factor',
    );
    const api = fakeApi({
      'GET /admin/auth/session': () => ({ body: session }),
      'POST /admin/auth/password': () => {
        session = sessionFor({ role: 'admin' }, 'enrol-second-factor');
        return { body: session };
      },
      'POST /admin/auth/second-factor/setup': {
        body: { secret: SECRET, uri: `otpauth://totp/x?secret=${SECRET}` },
      },
      'POST /admin/auth/second-factor/confirm': () => {
        session = sessionFor({ role: 'admin', totpEnabled: true });
        return { body: session };
      },
      'GET /admin/security-settings': { body: { secondFactorRequiredFor: ['admin'] } },
    });
    render(<App />);

    // Asked for /users, but the password comes first and the navigation is not offered.
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Temporary password/), {
      target: { value: 'Temp0rary-given' },
    });
    fireEvent.change(screen.getByLabelText(/^New password/), {
      target: { value: 'my own long password' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password and continue' }));

    // Then the second factor the role requires, with the password change confirmed.
    expect(
      await screen.findByRole('heading', { name: 'Set up two-step verification' }),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Your password has been changed');
    fireEvent.click(screen.getByRole('button', { name: 'Start setting up' }));
    fireEvent.change(await screen.findByLabelText(/Code from your authenticator app/), {
      target: { value: '123456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));

    // Done: the account page says so and offers the way back to where they were going.
    expect(await screen.findByRole('heading', { name: 'Your account' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getAllByRole('status')[0]?.textContent).toContain(
        'Two-step verification is on',
      ),
    );
    expect(screen.getByRole('link', { name: 'Go on to the page you asked for' })).toBeTruthy();
    expect(window.location.pathname).toBe('/admin/account');
    expect(api.actions().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /admin/auth/password',
      'POST /admin/auth/second-factor/setup',
      'POST /admin/auth/second-factor/confirm',
      'GET /admin/security-settings',
    ]);
  });

  it('keeps a user whose role needs a second factor on the set-up page whatever the address', async () => {
    fakeApi({
      'GET /admin/auth/session': { body: sessionFor({ role: 'editor' }, 'enrol-second-factor') },
    });
    window.history.replaceState(null, '', '/admin/audit');
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Set up two-step verification' }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Audit log' })).toBeNull();
  });
});
