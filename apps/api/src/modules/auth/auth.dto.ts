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
