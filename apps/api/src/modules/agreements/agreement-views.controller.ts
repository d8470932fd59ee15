import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CALENDAR_MAX_ENTRIES,
  CALENDAR_MAX_RANGE_YEARS,
  type CalendarView,
  type ClauseCoverageView,
  type CostSplitView,
  type PartyObligations,
  type TermStatus,
  type WithdrawalView,
} from '@samverkan/agreements';
import type { Response } from 'express';
import { parseBody } from '../../platform/http/parse-body.js';
import { PdfRenderer } from '../../platform/pdf/pdf-renderer.service.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { AgreementViewsService, type DiffView } from './agreement-views.service.js';
import type { ConfirmedTimersView } from './default-confirmations.js';
import { parseVersion } from './version-param.js';
import {
  VIEW_FIRST_DATE,
  VIEW_LAST_DATE,
  calendarQuery,
  dateQuery,
  diffQuery,
  obligationsQuery,
  withdrawalQuery,
  yearQuery,
} from './view-query.js';
import { Answers, AnswersFile } from '../../platform/openapi/answers.decorator.js';

const dates = `a date ${VIEW_FIRST_DATE}…${VIEW_LAST_DATE}`;
const calendarLimits =
  `At most ${CALENDAR_MAX_RANGE_YEARS} years per request and ${CALENDAR_MAX_ENTRIES} entries per answer; ` +
  'a longer calendar says through which day it is complete (truncation), to be fetched on from the day after';

@ApiTags('agreement views')
@ApiBearerAuth()
@Controller('api/agreements/:agreement/versions/:version')
export class AgreementViewsController {
  constructor(
    private readonly views: AgreementViewsService,
    private readonly pdf: PdfRenderer,
  ) {}

  @Get('document')
  @AnswersFile('text/html', 'The agreement as an HTML document')
  @ApiOperation({ summary: 'The agreement document: print-ready HTML in Swedish, one signature page per party' })
  async document(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = await this.views.document(user, id, parseVersion(version));
    // Set here, not by @Header: that one would also label a JSON error as HTML.
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return html;
  }

  @Get('document.pdf')
  @AnswersFile('application/pdf', 'The agreement as a PDF', 'binary')
  @ApiOperation({ summary: 'The agreement document as PDF (A4), printed by Chromium; 501 where none is installed' })
  async documentPdf(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.pdf.render(await this.views.document(user, id, parseVersion(version)));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${id}.pdf"`);
    res.end(pdf);
  }

  @Get('cost-split')
  @Answers('CostSplitView')
  @ApiOperation({
    summary: 'Each cost item split between its payers for a year, exact in öre, with how each share was computed',
    description:
      'Where funding reduces the split that year (a state grant deducted before the municipalities split the rest), ' +
      '`funded` gives per set of items the gross, each funding and the net split; `payers` what each payer pays ' +
      'without funding and with it; `fundingBeside` the funding deducted from nothing that year; `projectPeriod` ' +
      'the period the financing covers',
  })
  @ApiQuery({ name: 'year', required: false })
  costSplit(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<CostSplitView> {
    return this.views.costSplit(user, id, parseVersion(version), parseBody(yearQuery, query).year);
  }

  @Get('withdrawal')
  @Answers('WithdrawalView')
  @ApiOperation({
    summary: 'The earliest date a party’s withdrawal takes effect for notice given on a date (default today)',
  })
  @ApiQuery({ name: 'party' })
  @ApiQuery({ name: 'noticeDate', required: false })
  withdrawal(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<WithdrawalView> {
    const { party, noticeDate } = parseBody(withdrawalQuery, query);
    return this.views.withdrawal(user, id, parseVersion(version), party, noticeDate);
  }

  @Get('term')
  @Answers('TermAnswer')
  @ApiOperation({
    summary: 'Whether the agreement is in force on a date (default today) and until when, renewals included',
  })
  @ApiQuery({ name: 'date', required: false })
  term(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<TermStatus | { status: 'notSpecified' }> {
    return this.views.term(user, id, parseVersion(version), parseBody(dateQuery, query).date);
  }

  @Get('obligations')
  @Answers('PartyObligations')
  @ApiOperation({ summary: 'What a party owes and when next' })
  @ApiQuery({ name: 'party' })
  @ApiQuery({ name: 'date', required: false })
  obligations(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<PartyObligations> {
    const { party, date } = parseBody(obligationsQuery, query);
    return this.views.obligations(user, id, parseVersion(version), party, date);
  }

  @Get('calendar')
  @Answers('CalendarView')
  @ApiOperation({
    summary:
      'Meetings, deadlines, reports and renewals between two dates (default a year from today), Europe/Stockholm',
    description: calendarLimits,
  })
  @ApiQuery({ name: 'from', required: false, description: `${dates}; default today` })
  @ApiQuery({ name: 'to', required: false, description: `${dates}; default a year after from` })
  @ApiQuery({ name: 'party', required: false })
  @ApiQuery({ name: 'body', required: false })
  calendar(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<CalendarView> {
    return this.views.calendar(user, id, parseVersion(version), parseBody(calendarQuery, query));
  }

  @Get('calendar.ics')
  @AnswersFile('text/calendar', 'The calendar as iCalendar (RFC 5545)')
  @ApiOperation({
    summary: 'The same calendar as iCalendar (RFC 5545): one feed per party (?party=) or body (?body=)',
    description: `${calendarLimits}; a cut feed is marked X-SAMVERKAN-TRUNCATED and says so in X-WR-CALDESC`,
  })
  async ics(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const feed = await this.views.icalendar(user, id, parseVersion(version), parseBody(calendarQuery, query));
    // Set here, not by @Header: that one would also label a JSON error as a calendar.
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${id}.ics"`);
    if (feed.truncated) res.setHeader('X-Samverkan-Truncated', 'true');
    return feed.text;
  }

  @Get('coverage')
  @Answers('ClauseCoverageView')
  @ApiOperation({
    summary:
      'Every clause and how the product encodes it (party, organisation, meeting, commitment, date, cost, rule, routine), or why it stays text only',
    description: 'A clause with text that nothing encodes and no textOnly reason explains is listed in `unaccounted`.',
  })
  coverage(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
  ): Promise<ClauseCoverageView> {
    return this.views.coverage(user, id, parseVersion(version));
  }

  @Get('timers')
  @Answers('ConfirmedTimersView')
  @ApiOperation({
    summary:
      'Every deadline, reminder and escalation the bound routines can arm, and every parameter, with where each value comes from',
    description:
      'Sources: the agreement’s clause, the county’s own choice, the routine template (and the text it took the value from), ' +
      'a product default marked as such, or the case itself. Computed with the routine versions new cases start on; ' +
      '`unsourced` lists any value without a source. Each parameter whose value comes from the template or the product says ' +
      '`toConfirm` and who confirmed it (`confirmation`); `unconfirmed` lists those no one has confirmed: publishing refuses while any is.',
  })
  timers(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
  ): Promise<ConfirmedTimersView> {
    return this.views.timers(user, id, parseVersion(version));
  }

  @Get('diff')
  @Answers('DiffView')
  @ApiOperation({ summary: 'Changes against another version or the template, per section, in words' })
  @ApiQuery({ name: 'against', description: 'a version number, latest, or template' })
  diff(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<DiffView> {
    const { against } = parseBody(diffQuery, query);
    return this.views.diff(
      user,
      id,
      parseVersion(version),
      against === 'template' ? 'template' : parseVersion(against),
    );
  }
}
