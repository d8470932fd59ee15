import { Body, Controller, Delete, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers, AnswersFile } from '../../platform/openapi/answers.decorator.js';
import { AgreementError } from './agreements.error.js';
import { type CalendarFeedView, CalendarFeedsService, type CreatedCalendarFeed } from './calendar-feeds.service.js';
import { FEED_MAX_REQUESTS, FEED_WINDOW_SECONDS } from './feed-throttle.service.js';

const createFeedSchema = z.strictObject({ party: z.string().min(1).max(200) });

class CreateCalendarFeedDto {
  @ApiProperty({ description: 'The party whose calendar the feed gives (its key)' })
  party: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('agreement views')
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Post('api/agreements/:agreement/calendar-feeds')
  @ApiBearerAuth()
  @Answers('CreatedCalendarFeed', { status: 201 })
  @ApiOperation({
    summary: 'A party’s calendar feed to subscribe to without signing in (the county’s strategists)',
    description:
      'Answers the address with its secret this once: only its hash is stored. The feed is the party’s calendar of the published version, read-only, until revoked.',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Body() body: CreateCalendarFeedDto,
  ): Promise<CreatedCalendarFeed> {
    return this.feeds.create(user, agreement, parseBody(createFeedSchema, body).party);
  }

  @Get('api/agreements/:agreement/calendar-feeds')
  @ApiBearerAuth()
  @Answers('CalendarFeedView', { list: true })
  @ApiOperation({ summary: 'The agreement’s calendar feeds, revoked ones too, without their secrets' })
  list(@CurrentUser() user: AuthUser, @Param('agreement') agreement: string): Promise<CalendarFeedView[]> {
    return this.feeds.list(user, agreement);
  }

  @Delete('api/agreements/:agreement/calendar-feeds/:feed')
  @ApiBearerAuth()
  @Answers('CalendarFeedView')
  @ApiOperation({ summary: 'Revoke a calendar feed: its address answers 404 from now on' })
  revoke(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('feed') feed: string,
  ): Promise<CalendarFeedView> {
    if (!uuid.test(feed)) throw new AgreementError('CALENDAR_FEED_NOT_FOUND', 404, `No feed ${feed}`);
    return this.feeds.revoke(user, agreement, feed);
  }

  @Get('api/feeds/:file')
  @AnswersFile('text/calendar', 'The party’s calendar as iCalendar (RFC 5545)')
  @ApiOperation({
    summary: 'A party’s calendar feed, by its secret address: no sign-in (calendar clients send no token)',
    description:
      `The published version’s calendar for the party, from the first of last month to a year ahead. Unknown or revoked: 404. ` +
      `At most ${FEED_MAX_REQUESTS} requests per address per ${FEED_WINDOW_SECONDS / 60} minutes (429 with Retry-After).`,
  })
  async feed(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const feed = await this.feeds.feed(file.endsWith('.ics') ? file.slice(0, -4) : '');
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${feed.key}.ics"`);
    // The address is the secret: no shared cache keeps it, and no page it is linked from learns it.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (feed.truncated) res.setHeader('X-Samverkan-Truncated', 'true');
    return feed.text;
  }
}
