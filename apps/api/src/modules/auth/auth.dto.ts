import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';

export const tokenRequestSchema = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(200),
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
