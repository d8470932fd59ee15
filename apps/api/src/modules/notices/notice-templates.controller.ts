import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import type { NoticeKindView, NoticePreview } from './notice-views.js';
import { NoticeTemplatesService } from './notice-templates.service.js';

@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/notice-templates')
export class NoticeTemplatesController {
  constructor(private readonly templates: NoticeTemplatesService) {}

  @Get()
  @Answers('NoticeKindView', { list: true })
  @ApiOperation({
    summary: 'Every kind of notice: when it is sent, the variables its template may use, the product template',
  })
  list(): NoticeKindView[] {
    return this.templates.list();
  }

  @Post(':kind/preview')
  @HttpCode(200)
  @Answers('NoticePreview')
  @ApiBody({
    required: false,
    schema: {
      type: 'object',
      properties: { subject: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' } },
    },
  })
  @ApiOperation({
    summary: 'Renders a template with sample data (the parts given, the product’s for the rest)',
    description:
      'The same check as saving an agreement: 422 NOTICE_TEMPLATE_INVALID with the part (`html`), line and column.',
  })
  preview(@Param('kind') kind: string, @Body() body: unknown): NoticePreview {
    return this.templates.preview(kind, body);
  }
}
