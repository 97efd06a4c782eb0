import {
  type SessionInfo,
  SessionInfoSchema,
  TotpConfirmRequestSchema,
  TotpSetupResponseSchema,
} from '@peer-toolkit/core';
import QRCode from 'qrcode';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiProblem, call } from '../api/client.js';
import { CodeField } from '../pages/code-field.js';
import { CopyButton } from '../pages/copy-button.js';
import { FormErrorSummary, problemMessage } from '../pages/form-fields.js';
import { useFormSubmission } from '../pages/use-form-submission.js';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read and type. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The otpauth address as an SVG QR code, drawn in the browser: the secret never leaves it. */
export function QrCode({ uri, label }: { uri: string; label: string }) {
  const [svg, setSvg] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
      .then((markup) => {
        if (current) setSvg(markup);
      })
      .catch(() => setSvg(undefined));
    return () => {
      current = false;
    };
  }, [uri]);
  if (!svg) return null;
  return (
    <div
      className="admin-qr"
      role="img"
      aria-label={label}
      // The markup comes from the qrcode library, built from the address: no user HTML.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

type Setup = { secret: string; uri: string };

/**
 * Turning on two-step verification: ask the API for a new secret, show it as a QR code and as
 * text, then confirm with a code from the app. Nothing changes until the code is confirmed.
 */
export function SecondFactorSetup({
  onEnabled,
  forced = false,
}: {
  onEnabled: (session: SessionInfo) => void;
  /** Required by the role: shown as its own page, so the steps' heading is one level up. */
  forced?: boolean;
}) {
  const StepsHeading = forced ? 'h2' : 'h3';
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const [setup, setSetup] = useState<Setup | undefined>();
  const [startError, setStartError] = useState<string | undefined>();
  const [code, setCode] = useState('');
  const [starting, setStarting] = useState(false);
  const stepsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (setup) stepsHeading.current?.focus();
  }, [setup]);

  const start = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      const { data } = await call('POST', '/admin/auth/second-factor/setup', {
        schema: TotpSetupResponseSchema,
      });
      setSetup(data);
    } catch (problem) {
      setStartError(problemMessage(problem));
    } finally {
      setStarting(false);
    }
  };

  const { errors, attempt, busy, submit } = useFormSubmission({
    schema: TotpConfirmRequestSchema,
    fields: ['code'],
    // "That code did not match. Check the time on your device…" says more than the issue.
    errorsFromProblem: (problem) =>
      problem instanceof ApiProblem && problem.status === 422
        ? { code: problem.problem.detail }
        : undefined,
    send: async (request) => {
      const { data } = await call('POST', '/admin/auth/second-factor/confirm', {
        schema: SessionInfoSchema,
        body: request,
      });
      onEnabled(data);
    },
  });

  if (!setup) {
    return (
      <>
        <p>
          You will need an authenticator app on your phone or computer, such as Microsoft
          Authenticator, Google Authenticator or 1Password. It takes about 2 minutes.
        </p>
        {startError ? (
          <div className="ptk-error-summary" role="alert">
            <h2>There is a problem</h2>
            <p>{startError}</p>
          </div>
        ) : null}
        <button
          type="button"
          className="ptk-button"
          disabled={starting}
          onClick={() => void start()}
        >
          {forced ? 'Start setting up' : 'Set up two-step verification'}
        </button>
      </>
    );
  }

  return (
    <div className="admin-setup">
      <StepsHeading ref={stepsHeading} tabIndex={-1}>
        Add your account to the app
      </StepsHeading>
      <ol className="ptk-list admin-steps">
        <li>
          <p>Open your authenticator app and choose to add an account.</p>
        </li>
        <li>
          <p>Scan this QR code with the app.</p>
          <QrCode
            uri={setup.uri}
            label="QR code for two-step verification. If you cannot scan it, use the setup key below it."
          />
          <p className="admin-hint-text">
            If you cannot scan the code, choose to enter a key by hand, and type this setup key.
            Spaces do not matter. Choose a time-based code if the app asks.
          </p>
          <p className="admin-secret" id={fieldId('secret')}>
            <span className="ptk-visually-hidden">Setup key: </span>
            <code>{groupSecret(setup.secret)}</code>
          </p>
          <CopyButton text={setup.secret} label="Copy setup key" />
          <p className="admin-hint-text">
            On the device that has the app, you can{' '}
            <a href={setup.uri}>open the key in your authenticator app</a> instead.
          </p>
        </li>
        <li>
          <p>Enter the 6-digit code the app now shows for the toolkit admin.</p>
          <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
          <form onSubmit={(event) => void submit(event, { code })} noValidate>
            <CodeField
              id={fieldId('code')}
              hint="A new code appears every 30 seconds. Use the newest one."
              error={errors.code}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <button type="submit" className="ptk-button" disabled={busy}>
              Turn on two-step verification
            </button>
          </form>
        </li>
      </ol>
    </div>
  );
}
