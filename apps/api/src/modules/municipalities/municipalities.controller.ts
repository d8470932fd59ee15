import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Municipality } from '@samverkan/agreements';
import { MunicipalitiesService } from './municipalities.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('api/municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @Answers('Municipality', { list: true })
  @ApiOperation({ summary: 'Swedish municipalities with codes, counties and populations (with year and source)' })
  @ApiQuery({ name: 'county', required: false, description: 'two-digit county code' })
  list(@Query('county') county?: string): Municipality[] {
    return this.municipalities.list(county);
  }
}
