import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import { MeetingDatesService, type MeetingsToScheduleView, meetingDateSchema } from './meeting-dates.service.js';
import { parseVersion } from './version-param.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements/:agreement/versions/:version/meetings')
export class MeetingDatesController {
  constructor(private readonly meetings: MeetingDatesService) {}

  @Get()
  @Answers('MeetingsToScheduleView', { list: true })
  @ApiOperation({
    summary:
      'Bodies that meet a count per period ("4 gånger per år"): this period’s and the next, how many, the dates set',
  })
  list(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
  ): Promise<MeetingsToScheduleView[]> {
    return this.meetings.toSchedule(user, agreement, parseVersion(version));
  }

  @Post()
  @Answers('MeetingsToScheduleView', { list: true, status: 201 })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['body', 'startsAt'],
      properties: {
        body: { type: 'string', example: 'styrgrupp' },
        startsAt: { type: 'string', example: '2026-05-12T09:00', description: 'local time in Stockholm' },
      },
    },
  })
  @ApiOperation({
    summary:
      'Dates a meeting of a body that meets a count per period (its convener’s organisation, county strategists, admin)',
    description:
      'The meeting is then dated in the calendar and its feeds, and its invitation and minutes reminder are armed. ' +
      '422 MEETING_INVALID (body, startsAt), 409 MEETING_EXISTS for the same start twice.',
  })
  schedule(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
    @Body() body: unknown,
  ): Promise<MeetingsToScheduleView[]> {
    return this.meetings.schedule(user, agreement, parseVersion(version), parseBody(meetingDateSchema, body));
  }
}
