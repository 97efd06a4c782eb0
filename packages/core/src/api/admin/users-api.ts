import { z } from 'zod';
import { PageInfoSchema, PageQuerySchema } from '../pagination.js';
import { EmailSchema, NewPasswordSchema } from './auth-api.js';
import { RoleSchema } from './roles.js';

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    disabled: z.boolean(),
    activeSessions: z.number().int().min(0),
    lastSignInAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ title: 'User' });

export const DisplayNameSchema = z
  .string('Enter a name')
  .trim()
  .min(1, 'Enter a name')
  .max(100, 'Enter a name of 100 characters or fewer')
  .meta({ title: 'Name' });

export const CreateUserRequestSchema = z
  .strictObject({
    email: EmailSchema,
    displayName: DisplayNameSchema,
    role: RoleSchema,
    password: NewPasswordSchema.optional().meta({
      description: 'Leave out to have a temporary password generated and shown once.',
    }),
  })
  .meta({ title: 'New user' });

export const UpdateUserRequestSchema = z
  .strictObject({
    displayName: DisplayNameSchema.optional(),
    role: RoleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Change at least one thing')
  .meta({ title: 'Change a user' });

export const TemporaryPasswordResponseSchema = z.object({
  user: UserSchema,
  temporaryPassword: z.string().meta({
    description: 'Shown once and never stored in clear. The user must change it at next sign-in.',
  }),
});

export const UserListQuerySchema = PageQuerySchema.strict();
export const UserListSchema = PageInfoSchema.extend({ items: z.array(UserSchema) });

export const SecuritySettingsSchema = z
  .object({
    secondFactorRequiredFor: z.array(RoleSchema).meta({
      description: 'Roles whose users must use a second factor (TOTP) to sign in.',
    }),
  })
  .meta({ title: 'Security settings' });

export type User = z.infer<typeof UserSchema>;
export type SecuritySettings = z.infer<typeof SecuritySettingsSchema>;
