import { z } from 'zod';
import { RoleSchema } from './roles.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Only the request header name is fixed; its value just has to be present. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'peer-toolkit';

export const EmailSchema = z
  .string('Enter an email address')
  .trim()
  .toLowerCase()
  .min(3, 'Enter an email address')
  .max(254, 'Enter an email address of 254 characters or fewer')
  .regex(/^[^\s@]+@[^\s@]+$/, 'Enter an email address in the correct format, like name@example.org')
  .meta({ title: 'Email address' });

/** Length is checked here; the common-password check needs the server's list. */
export const NewPasswordSchema = z
  .string('Enter a password')
  .min(PASSWORD_MIN_LENGTH, `Enter a password of at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Enter a password of ${PASSWORD_MAX_LENGTH} characters or fewer`)
  .meta({
    title: 'New password',
    description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; any characters; not a commonly used password.`,
  });

export const TotpCodeSchema = z
  .string('Enter the 6-digit code')
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app')
  .meta({ title: 'Code from your authenticator app' });

export const LoginRequestSchema = z
  .strictObject({
    email: EmailSchema,
    // Any length is accepted at sign-in: the check is against the stored hash.
    password: z.string('Enter your password').min(1, 'Enter your password').max(1024),
  })
  .meta({ title: 'Sign in' });

export const SecondFactorRequestSchema = z
  .strictObject({ code: TotpCodeSchema })
  .meta({ title: 'Second factor' });

export const CurrentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
});

export const SessionInfoSchema = z
  .object({
    stage: z.enum(['signed-in', 'second-factor', 'enrol-second-factor']).meta({
      description:
        'signed-in: full access for the role. second-factor: the password was right; send the code. enrol-second-factor: the role requires a second factor; set one up first.',
    }),
    user: CurrentUserSchema.nullable(),
    idleExpiresAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ title: 'Session' });

export const ChangePasswordRequestSchema = z
  .strictObject({
    currentPassword: z.string().min(1, 'Enter your current password').max(1024),
    newPassword: NewPasswordSchema,
  })
  .meta({ title: 'Change password' });

export const TotpSetupResponseSchema = z
  .object({
    secret: z
      .string()
      .meta({ description: 'Base32 secret, for typing into an authenticator app.' }),
    uri: z.string().meta({ description: 'otpauth:// address, for a QR code.' }),
  })
  .meta({ title: 'Second factor set-up' });

export const TotpConfirmRequestSchema = z.strictObject({ code: TotpCodeSchema });

export const TotpDisableRequestSchema = z.strictObject({
  password: z.string().min(1, 'Enter your password').max(1024),
  code: TotpCodeSchema,
});

export type LoginRequest = z.infer<typeof LoginRequestSchema>;
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
export type CurrentUser = z.infer<typeof CurrentUserSchema>;
