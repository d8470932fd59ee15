import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';

export const takeTemplateChangesSchema = z.strictObject({
  to: z.string().min(1).max(200),
  take: z.array(z.string().min(1).max(500)).max(1000),
});

export class TakeTemplateChangesDto {
  @ApiProperty({ description: 'The newer template version, key@version (the template update view’s `to`)' })
  to: string;

  @ApiProperty({
    type: [String],
    description:
      'The `path` of each change to take; every other change is left (the draft keeps the old template’s value)',
  })
  take: string[];
}

export const publishTemplateSchema = z.strictObject({
  agreement: z.string().min(1).max(200),
  key: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(2000),
});

export class PublishTemplateDto {
  @ApiProperty({ description: 'The agreement (key or id) whose published version becomes the template' })
  agreement: string;

  @ApiProperty({
    description: 'The template key: new (version 1) or an agreement template’s (its next version)',
    example: 'norrsken-mall',
  })
  key: string;

  @ApiProperty({ description: 'The template’s name, in Swedish' })
  name: string;

  @ApiProperty({ description: 'What the template is and where it comes from, in Swedish' })
  description: string;
}
