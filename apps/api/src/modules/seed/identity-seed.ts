import { partyKindSchema } from '@samverkan/agreements';
import { z } from 'zod';
import { roles } from '../identity/role.js';

/** The shape of config/identity/users.json, checked before anything is written. */
export const identitySeedSchema = z
  .object({
    parties: z.array(z.object({ key: z.string().min(1), name: z.string().min(1), kind: partyKindSchema })),
    users: z.array(
      z.object({
        username: z.string().regex(/^[a-z0-9._-]+$/),
        displayName: z.string().min(1),
        party: z.string().min(1),
        roles: z.array(z.enum(roles)).min(1),
      }),
    ),
  })
  .superRefine((seed, ctx) => {
    const keys = new Set(seed.parties.map((party) => party.key));
    seed.users.forEach((user, index) => {
      if (!keys.has(user.party)) {
        ctx.addIssue({ code: 'custom', path: ['users', index, 'party'], message: `unknown party ${user.party}` });
      }
    });
  });

export type IdentitySeed = z.infer<typeof identitySeedSchema>;
