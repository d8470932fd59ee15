import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import type { NoticePreferencesView } from './notice-views.js';
import { NoticePreferencesService, preferencesSchema } from './notice-preferences.service.js';

@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/me/preferences')
export class NoticePreferencesController {
  constructor(private readonly preferences: NoticePreferencesService) {}

  @Get()
  @Answers('NoticePreferencesView')
  @ApiOperation({
    summary: 'How the caller hears their party’s notices: e-mail (immediate, daily digest or off) and the inbox',
  })
  get(@CurrentUser() user: AuthUser): Promise<NoticePreferencesView> {
    return this.preferences.of(user);
  }

  @Put()
  @Answers('NoticePreferencesView')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['email', 'inApp'],
      properties: { email: { enum: ['immediate', 'digest', 'off'] }, inApp: { type: 'boolean' } },
    },
  })
  @ApiOperation({ summary: 'Sets the caller’s channels' })
  set(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<NoticePreferencesView> {
    return this.preferences.set(user, parseBody(preferencesSchema, body));
  }
}
