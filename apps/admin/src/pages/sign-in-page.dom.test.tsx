import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, useSession } from '../session/session-context.js';
import { fakeApi, problem, sessionFor } from '../test-support/fake-api.js';
import { SessionEndedDialog, SignInForm } from './sign-in-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Who() {
  const { session } = useSession();
  return (
    <p data-testid="who">{session === undefined ? 'loading' : (session?.stage ?? 'signed out')}</p>
  );
}

const signedOut = {
  'GET /admin/auth/session': {
    status: 401,
    body: problem(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
  },
};

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email address'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('lists every missing field and marks each one', async () => {
    fakeApi(signedOut);
    render(
      <SessionProvider>
        <SignInForm />
      </SessionProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter an email address', 'Enter your password']);
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the API’s message when the details are wrong', async () => {
    fakeApi({
      ...signedOut,
      'POST /admin/auth/sign-in': {
        status: 401,
        body: problem(401, 'UNAUTHENTICATED', 'The email address, password or code is not right.'),
      },
    });
    render(
      <SessionProvider>
        <SignInForm />
      </SessionProvider>,
    );
    fill('me@example.org', 'wrong password');
    expect(
      await screen.findAllByText('The email address, password or code is not right.'),
    ).toHaveLength(2);
  });

  it('in the session-ended dialog, keeps the screen until the code is in', async () => {
    const api = fakeApi({
      'GET /admin/auth/session': { body: sessionFor() },
      'POST /admin/auth/sign-in': { body: sessionFor({ totpEnabled: true }, 'second-factor') },
      'POST /admin/auth/second-factor': { body: sessionFor({ totpEnabled: true }) },
    });
    render(
      <SessionProvider>
        <Who />
        <SignInForm keepScreen heading="Your session has ended" />
      </SessionProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('who').textContent).toBe('signed-in'));
    fill('me@example.org', 'right password');
    // The half-finished session is not handed to the app, which would swap the screen away.
    expect(await screen.findByRole('heading', { name: 'Enter your code' })).toBeTruthy();
    expect(screen.getByTestId('who').textContent).toBe('signed-in');
    fireEvent.change(screen.getByLabelText(/Code from your authenticator app/), {
      target: { value: '123456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(api.actions().map((r) => r.path)).toEqual([
        '/admin/auth/sign-in',
        '/admin/auth/second-factor',
      ]),
    );
  });

  it('in the session-ended dialog, offers the signed-in person’s email and asks for the password', async () => {
    fakeApi({ 'GET /admin/auth/session': { body: sessionFor() } });
    function DialogOnceSignedIn() {
      const { session } = useSession();
      return session ? <SessionEndedDialog /> : null;
    }
    render(
      <SessionProvider>
        <DialogOnceSignedIn />
      </SessionProvider>,
    );
    const email = (await screen.findByLabelText('Email address')) as HTMLInputElement;
    expect(email.value).toBe('me@example.org');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });

  it('on the page, lets someone without their code start again', async () => {
    const api = fakeApi({
      'GET /admin/auth/session': { body: sessionFor({ totpEnabled: true }, 'second-factor') },
      'POST /admin/auth/sign-out': { body: { signedOut: true } },
    });
    render(
      <SessionProvider>
        <Who />
        <SignInForm />
      </SessionProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel and start again' }));
    await waitFor(() => expect(screen.getByTestId('who').textContent).toBe('signed out'));
    expect(api.actions().map((r) => r.path)).toEqual(['/admin/auth/sign-out']);
  });
});
