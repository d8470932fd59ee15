import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgreementTemplate } from '@samverkan/agreements';
import { TemplatesService, type TemplateSummary } from './templates.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('templates')
@ApiBearerAuth()
@Controller('api/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @Answers('TemplateSummary', { list: true })
  @ApiOperation({ summary: 'Published templates that counties start from' })
  list(): Promise<TemplateSummary[]> {
    return this.templates.list();
  }

  @Get(':ref')
  @Answers('AgreementTemplate')
  @ApiOperation({ summary: 'One template by reference, key@version' })
  get(@Param('ref') ref: string): Promise<AgreementTemplate> {
    return this.templates.get(ref);
  }
}
