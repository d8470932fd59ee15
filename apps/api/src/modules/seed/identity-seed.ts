import { partyKindSchema } from '@samverkan/agreements';
import { z } from 'zod';
import { roles } from '../../platform/auth/role.js';

/** The shape of config/identity/users.json, checked before anything is written. */
export const identitySeedSchema = z
  .object({
    /** Organisations that are no party to a seeded agreement (those come from config/agreements). */
    parties: z
      .array(
        z.object({
          key: z.string().min(1),
          name: z.string().min(1),
          kind: partyKindSchema,
          /** The counties it takes part in (a county without a seeded agreement: Blekinge's region). */
          counties: z.array(z.string().regex(/^[0-9]{2}$/)).default([]),
        }),
      )
      .default([]),
    users: z.array(
      z.object({
        username: z.string().regex(/^[a-z0-9._-]+$/),
        displayName: z.string().min(1),
        party: z.string().min(1),
        roles: z.array(z.enum(roles)).min(1),
        /** Counties whose agreements a strategist may write. */
        counties: z.array(z.string().regex(/^[0-9]{2}$/)).default([]),
      }),
    ),
  })
  .superRefine((seed, ctx) => {
    seed.users.forEach((user, index) => {
      if (user.counties.length > 0 && !user.roles.includes('strategist')) {
        ctx.addIssue({
          code: 'custom',
          path: ['users', index, 'counties'],
          message: 'only strategists are granted counties',
        });
      }
    });
  });

export type IdentitySeed = z.infer<typeof identitySeedSchema>;
