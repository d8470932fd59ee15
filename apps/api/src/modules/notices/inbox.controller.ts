import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import { InboxService } from './inbox.service.js';
import type { InboxItem, InboxPage, InboxReadAll } from './notice-views.js';

/** The largest page of the inbox. */
export const INBOX_MAX_PAGE_SIZE = 100;

const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(INBOX_MAX_PAGE_SIZE).default(20),
});

@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Answers('InboxPage')
  @ApiOperation({ summary: 'The caller’s inbox: notices addressed to their party, newest first, read or unread' })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false, description: `1 … ${INBOX_MAX_PAGE_SIZE}, default 20` })
  page(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<InboxPage> {
    const { page, pageSize } = parseBody(pageQuery, query, '(query)');
    return this.inbox.page(user, page, pageSize);
  }

  @Post('read-all')
  @HttpCode(200)
  @Answers('InboxReadAll')
  @ApiOperation({ summary: 'Marks every notice of the caller’s inbox read (for the caller only)' })
  markAllRead(@CurrentUser() user: AuthUser): Promise<InboxReadAll> {
    return this.inbox.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Answers('InboxItem')
  @ApiOperation({ summary: 'Marks a notice of the caller’s inbox read' })
  markRead(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<InboxItem> {
    return this.inbox.markRead(user, id);
  }
}
