import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import { parseVersion } from '../agreements/version-param.js';
import type { AgreementRemindersView, SignatureRoundView } from './lifecycle-views.js';
import { LifecycleService } from './lifecycle.service.js';
import { SignaturesService, signatureSchema } from './signatures.service.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements/:agreement/versions/:version')
export class LifecycleController {
  constructor(
    private readonly lifecycle: LifecycleService,
    private readonly signatureRound: SignaturesService,
  ) {}

  @Get('signatures')
  @Answers('SignatureRoundView')
  @ApiOperation({
    summary:
      'The signature round of a version: each party that signs, the day and function of its signatory, who is left',
  })
  signatures(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
  ): Promise<SignatureRoundView> {
    return this.signatureRound.signatures(user, agreement, parseVersion(version));
  }

  @Post('signatures')
  @Answers('SignatureRoundView', { status: 201 })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['party', 'signedOn', 'signatoryFunction'],
      properties: {
        party: { type: 'string', example: 'ostersunds-kommun' },
        signedOn: { type: 'string', format: 'date', example: '2026-03-10' },
        signatoryFunction: { type: 'string', example: 'Kommunstyrelsens ordförande', maxLength: 80 },
      },
    },
  })
  @ApiOperation({
    summary: 'Records a party’s signature of the published version (its own strategist or coordinator, or the admin)',
    description:
      'The day and the signatory’s function, never a name (422 PERSONAL_DATA_REJECTED for what looks like personal data). ' +
      'The party’s signature task in the version’s lifecycle closes and its reminders stop; the other parties’ go on. ' +
      '409 SIGNATURE_EXISTS when the party has signed; 409 AGREEMENT_VERSION_NOT_PUBLISHED for a draft or superseded version.',
  })
  sign(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
    @Body() body: unknown,
  ): Promise<SignatureRoundView> {
    return this.signatureRound.sign(user, agreement, parseVersion(version), parseBody(signatureSchema, body));
  }

  @Get('reminders')
  @Answers('AgreementRemindersView')
  @ApiOperation({
    summary: 'Reminders of the agreement’s own dates: their lead times (product defaults) and those armed',
    description:
      'The last day to give notice before the coming year end (from the withdrawal rule), each automatic renewal, and each ' +
      'annual report the agreement dates. Signature and follow-up plan reminders are the lifecycle routine’s (see timers).',
  })
  reminders(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
  ): Promise<AgreementRemindersView> {
    return this.lifecycle.reminders(user, agreement, parseVersion(version));
  }
}
