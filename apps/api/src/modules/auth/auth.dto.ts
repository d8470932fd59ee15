import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';

/** No NUL or other control characters: PostgreSQL refuses NUL in text, and no one types them. */
const printable = z.string().regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

export const tokenRequestSchema = z.object({
  username: printable.min(1).max(200),
  password: printable.min(1).max(200),
});

export class TokenRequestDto {
  @ApiProperty({ example: 'strateg.jamtland' })
  username: string;

  @ApiProperty({ example: 'samverkan' })
  password: string;
}

export class TokenResponseDto {
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires' })
  expiresIn: number;
}

/**
 * How the designer signs in (GET /auth/config): `local` with username and password at
 * /auth/token; `oidc` through the external provider (authorization code with PKCE, the
 * provider found by discovery from `issuer`); `unavailable` when the API trusts an external
 * provider but no client is registered there for the designer (AUTH_CLIENT_ID).
 */
export class AuthConfigDto {
  @ApiProperty({ enum: ['local', 'oidc', 'unavailable'] })
  mode: 'local' | 'oidc' | 'unavailable';

  @ApiProperty({
    required: false,
    description: 'The provider (oidc): its discovery document is at issuer/.well-known/openid-configuration',
  })
  issuer?: string;

  @ApiProperty({ required: false, description: 'The designer’s public client at the provider (oidc)' })
  clientId?: string;

  @ApiProperty({
    required: false,
    type: [String],
    description: 'The scopes the designer asks for (oidc), openid among them',
  })
  scopes?: string[];

  @ApiProperty({ required: false, description: 'The audience (aud) the API requires of access tokens (oidc)' })
  audience?: string;
}
