/** Shapes of the API's answers that the designer reads (see the API's OpenAPI document). */

export const ROLES = ['admin', 'strategist', 'coordinator', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Lifetime of the token in seconds. */
  expiresIn: number;
}

export interface Party {
  id: string;
  name: string;
  kind: string;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  party: Party;
}

/** The API's error body: a stable machine-readable code and a human-readable message. */
export interface ApiErrorBody {
  code: string;
  message: string;
}
