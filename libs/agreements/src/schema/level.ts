import { z } from 'zod';

/** The level a role or a responsibility sits at: the county, a sub-region (länsdel), or local. */
export const levels = ['county', 'subRegion', 'local'] as const;
export const levelSchema = z.enum(levels);
export type Level = z.infer<typeof levelSchema>;
