import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { Roles } from '../../platform/auth/roles.guard.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import { type WebhookSecretView, type WebhookView, WebhooksService } from './webhooks.service.js';

class WebhookDto {
  @ApiProperty({ example: 'https://larm.example.se/samverkan', description: 'where the party’s notices are POSTed' })
  url: string;
}

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/parties/:party/webhook')
@Roles('admin', 'strategist')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Answers('WebhookView')
  @ApiOperation({ summary: 'The party’s webhook (admin, or a strategist of its county); never its secret' })
  get(@CurrentUser() user: AuthUser, @Param('party') party: string): Promise<WebhookView> {
    return this.webhooks.get(user, party);
  }

  @Put()
  @Answers('WebhookSecretView', { description: 'Created (201, with its secret, shown this once) or changed (200)' })
  @ApiOperation({ summary: 'Sets the party’s webhook URL; a new webhook gets a secret, a changed URL keeps it' })
  async put(
    @CurrentUser() user: AuthUser,
    @Param('party') party: string,
    @Body() body: WebhookDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WebhookView | WebhookSecretView> {
    const { created, view } = await this.webhooks.put(user, party, body);
    res.status(created ? 201 : 200);
    return view;
  }

  @Post('rotate')
  @HttpCode(200)
  @Answers('WebhookSecretView')
  @ApiOperation({
    summary: 'A new secret, shown this once; the previous one still signs for 24 hours (two signatures per request)',
  })
  rotate(@CurrentUser() user: AuthUser, @Param('party') party: string): Promise<WebhookSecretView> {
    return this.webhooks.rotate(user, party);
  }

  @Delete()
  @Answers('WebhookView', { description: 'The webhook removed' })
  @ApiOperation({ summary: 'Removes the party’s webhook; its pending messages are discarded when their turn comes' })
  remove(@CurrentUser() user: AuthUser, @Param('party') party: string): Promise<WebhookView> {
    return this.webhooks.remove(user, party);
  }
}
