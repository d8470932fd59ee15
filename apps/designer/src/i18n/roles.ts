import { ROLES, type Role } from '../api/types';

/** Swedish names of the roles, as users see them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administratör',
  strategist: 'Strateg',
  coordinator: 'Samordnare',
  member: 'Partsrepresentant',
};

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The Swedish name of a role; a role this version does not know is shown as the API names it. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

/** Swedish names of a user's roles: known roles in a fixed order, then unknown ones, no duplicates. */
export function roleLabels(roles: readonly string[]): string[] {
  const unique = [...new Set(roles)];
  const known = ROLES.filter((role) => unique.includes(role));
  const unknown = unique.filter((role) => !isRole(role));
  return [...known, ...unknown].map(roleLabel);
}
