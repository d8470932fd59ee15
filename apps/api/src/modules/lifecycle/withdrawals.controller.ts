import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import type { RecordedWithdrawalView, WithdrawalNoticesView } from './withdrawal-views.js';
import { WithdrawalsService, withdrawalSchema } from './withdrawals.service.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements/:agreement/withdrawals')
export class WithdrawalsController {
  constructor(private readonly withdrawals: WithdrawalsService) {}

  @Get()
  @Answers('WithdrawalNoticesView')
  @ApiOperation({
    summary: 'The notices of withdrawal (uppsägningar) given from the agreement: who, when, and when each takes effect',
  })
  list(@CurrentUser() user: AuthUser, @Param('agreement') agreement: string): Promise<WithdrawalNoticesView> {
    return this.withdrawals.list(user, agreement);
  }

  @Post()
  @Answers('RecordedWithdrawalView', { status: 201 })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['party', 'signatoryFunction'],
      properties: {
        party: { type: 'string', example: 'krokoms-kommun' },
        givenOn: { type: 'string', format: 'date', example: '2026-03-02', description: 'default: today in Stockholm' },
        signatoryFunction: { type: 'string', example: 'Kommundirektör', maxLength: 80 },
      },
    },
  })
  @ApiOperation({
    summary:
      'Records a party’s notice of withdrawal from the published version (its own strategist or coordinator, the county’s strategist, or the admin)',
    description:
      'The effective day comes from the published version’s withdrawal rule (the same as …/versions/{n}/withdrawal). ' +
      'The signatory by function, never a name (422 PERSONAL_DATA_REJECTED). The other parties hear it as ' +
      '`withdrawalReceived`, the withdrawing party as its receipt, queued in the same transaction. ' +
      '422 WITHDRAWAL_INVALID (party unknown or not the agreement’s, givenOn ahead or no date), 409 WITHDRAWAL_EXISTS ' +
      'when the party has given notice, 409 WITHDRAWAL_RULE_MISSING, 409 AGREEMENT_NOT_PUBLISHED.',
  })
  give(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Body() body: unknown,
  ): Promise<RecordedWithdrawalView> {
    return this.withdrawals.give(user, agreement, parseBody(withdrawalSchema, body));
  }
}
