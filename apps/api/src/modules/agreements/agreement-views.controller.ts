import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CalendarEntry, CostSplitView, PartyObligations, TermStatus, WithdrawalView } from '@samverkan/agreements';
import type { Response } from 'express';
import { z } from 'zod';
import { parseBody } from '../../platform/http/parse-body.js';
import { PdfRenderer } from '../../platform/pdf/pdf-renderer.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { AgreementViewsService, type DiffView } from './agreement-views.service.js';
import { parseVersion } from './version-param.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO 8601 date, YYYY-MM-DD');
const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const yearQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() });
const withdrawalQuery = z.object({ party: key, noticeDate: isoDate.optional() });
const dateQuery = z.object({ date: isoDate.optional() });
const obligationsQuery = z.object({ party: key, date: isoDate.optional() });
const diffQuery = z.object({ against: z.string().regex(/^(template|latest|[1-9][0-9]*)$/) });
const calendarQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional(), party: key.optional(), body: key.optional() })
  .refine((q) => !(q.party && q.body), { message: 'give party or body, not both', path: ['body'] });

@ApiTags('agreement views')
@ApiBearerAuth()
@Controller('api/agreements/:agreement/versions/:version')
export class AgreementViewsController {
  constructor(
    private readonly views: AgreementViewsService,
    private readonly pdf: PdfRenderer,
  ) {}

  @Get('document')
  @ApiOperation({ summary: 'The agreement document: print-ready HTML in Swedish, one signature page per party' })
  @ApiProduces('text/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  document(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
  ): Promise<string> {
    return this.views.document(user, id, parseVersion(version));
  }

  @Get('document.pdf')
  @ApiOperation({ summary: 'The agreement document as PDF (A4), printed by Chromium; 501 where none is installed' })
  @ApiProduces('application/pdf')
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
  @ApiOperation({
    summary: 'Each cost item split between its payers for a year, exact in öre, with how each share was computed',
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
  @ApiOperation({
    summary:
      'Meetings, deadlines, reports and renewals between two dates (default a year from today), Europe/Stockholm',
  })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'party', required: false })
  @ApiQuery({ name: 'body', required: false })
  calendar(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<CalendarEntry[]> {
    return this.views.calendar(user, id, parseVersion(version), parseBody(calendarQuery, query));
  }

  @Get('calendar.ics')
  @ApiOperation({ summary: 'The same calendar as iCalendar (RFC 5545): one feed per party (?party=) or body (?body=)' })
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  async ics(
    @CurrentUser() user: AuthUser,
    @Param('agreement') id: string,
    @Param('version') version: string,
    @Query() query: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const text = await this.views.icalendar(user, id, parseVersion(version), parseBody(calendarQuery, query));
    res.setHeader('Content-Disposition', `inline; filename="${id}.ics"`);
    return text;
  }

  @Get('diff')
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
