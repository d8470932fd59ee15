/** The four roles of the API (ARCHITECTURE: Users). */
export const roles = ['admin', 'strategist', 'coordinator', 'member'] as const;
export type Role = (typeof roles)[number];
