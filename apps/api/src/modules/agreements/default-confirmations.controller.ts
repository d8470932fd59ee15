import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { versionNumberSchema } from '../../platform/http/params.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import type { VersionView } from './agreement-views.js';
import { AgreementsService } from './agreements.service.js';
import { parseDraftVersion } from './version-param.js';

export const confirmDefaultsSchema = z.object({
  confirm: z.array(z.string().regex(/^routines\.[^.]+\.parameters\.[^.]+$/)).min(1).max(200),
  rowVersion: versionNumberSchema,
});

export class ConfirmDefaultsDto {
  @ApiProperty({
    description:
      'The defaults to confirm, each by its path in the timers view’s `unconfirmed` (`routines.rvc.parameters.contactWithin`)',
    type: [String],
  })
  confirm: string[];

  @ApiProperty({ description: 'The rowVersion read; a newer one on the server answers 409' })
  rowVersion: number;
}

/**
 * The county confirms the values its routines take from the template or the product (issue 12):
 * publishing refuses with 422 AGREEMENT_DEFAULTS_UNCONFIRMED while any is unconfirmed.
 */
@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements/:agreement/versions/:version/default-confirmations')
export class DefaultConfirmationsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Post()
  @HttpCode(200)
  @Answers('VersionView')
  @ApiOperation({
    summary:
      'Confirm defaults of a draft’s routines: who and when is recorded with each value; a changed value needs none',
  })
  confirm(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
    @Body() body: ConfirmDefaultsDto,
  ): Promise<VersionView> {
    const { confirm, rowVersion } = parseBody(confirmDefaultsSchema, body);
    return this.agreements.confirmDefaults(user, agreement, parseDraftVersion(version), confirm, rowVersion);
  }
}
