import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import type { VersionView } from './agreement-views.js';
import { type PublishedTemplate, TemplatePublishingService } from './template-publishing.service.js';
import {
  PublishTemplateDto,
  TakeTemplateChangesDto,
  publishTemplateSchema,
  takeTemplateChangesSchema,
} from './template-update.dto.js';
import { TemplateUpdateService, type TemplateUpdateView } from './template-update.service.js';

@ApiTags('templates')
@ApiBearerAuth()
@Controller()
export class TemplateUpdateController {
  constructor(
    private readonly updates: TemplateUpdateService,
    private readonly publishing: TemplatePublishingService,
  ) {}

  @Get('api/agreements/:agreement/template-update')
  @Answers('TemplateUpdateView')
  @ApiOperation({
    summary: 'The changes a newer version of its template would make to the agreement, in words, each to take or leave',
    description:
      'Against the published version (else the latest). `ownValue` marks a change the county’s own value shadows: it cannot be chosen.',
  })
  view(@CurrentUser() user: AuthUser, @Param('agreement') agreement: string): Promise<TemplateUpdateView> {
    return this.updates.view(user, agreement);
  }

  @Post('api/agreements/:agreement/template-update')
  @Answers('VersionView', { status: 201 })
  @ApiOperation({
    summary: 'A new draft on the newer template, with the changes taken and none of the others',
    description:
      'The draft differs from the version it starts from by exactly the changes taken (and `extends`). 409 while a draft exists.',
  })
  take(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Body() body: TakeTemplateChangesDto,
  ): Promise<VersionView> {
    const { to, take } = parseBody(takeTemplateChangesSchema, body);
    return this.updates.take(user, agreement, to, take);
  }

  @Post('api/templates')
  @Answers('PublishedTemplate', { status: 201 })
  @ApiOperation({
    summary: 'Publish a county’s published agreement as a template for other counties (admin)',
    description:
      'Without the county’s key, county, date, source documents and signing; a key that exists gets its next version.',
  })
  publish(@CurrentUser() user: AuthUser, @Body() body: PublishTemplateDto): Promise<PublishedTemplate> {
    return this.publishing.publish(user, parseBody(publishTemplateSchema, body));
  }
}
