import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { z } from 'zod';
import { versionNumberSchema } from '../../platform/http/params.js';

export const createAgreementSchema = z.object({ content: z.record(z.string(), z.unknown()) });
export const createDraftSchema = z.object({ from: versionNumberSchema.optional() });
export const updateDraftSchema = z.object({
  content: z.record(z.string(), z.unknown()),
  rowVersion: versionNumberSchema,
});

export class CreateAgreementDto {
  @ApiProperty({
    description:
      'The first version: an AgreementVersion (components/schemas/AgreementVersion), or its overrides when it `extends` a template (key@version)',
    type: 'object',
    additionalProperties: true,
  })
  content: Record<string, unknown>;
}

export class CreateDraftDto {
  @ApiPropertyOptional({ description: 'The version to copy; default the published one' })
  from?: number;
}

export class UpdateDraftDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'An AgreementVersion (components/schemas/AgreementVersion), or its overrides when it `extends` a template',
  })
  content: Record<string, unknown>;

  @ApiProperty({
    description: 'The rowVersion read; a newer one on the server answers 409 (required: no silent overwrite)',
  })
  rowVersion: number;
}
