import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RoutineDefinition } from '@samverkan/workflows';
import type { Response } from 'express';
import { parseVersionNumber } from '../../platform/http/params.js';
import { EngineError } from '../engine.error.js';
import { Roles } from '../../platform/auth/roles.guard.js';
import { RoutineDefinitionsService } from './routine-definitions.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('routines')
@ApiBearerAuth()
@Controller('api/routines')
export class RoutinesController {
  constructor(private readonly routines: RoutineDefinitionsService) {}

  @Get()
  @Answers('RoutineSummary', { list: true })
  @ApiOperation({ summary: 'Routine definitions and their versions' })
  list() {
    return this.routines.list();
  }

  @Get(':key/versions/:version')
  @Answers('RoutineDefinition')
  @ApiOperation({ summary: 'One routine definition version' })
  get(@Param('key') key: string, @Param('version') version: string): Promise<RoutineDefinition> {
    const number = parseVersionNumber(version);
    if (number === undefined) throw new EngineError('ROUTINE_NOT_FOUND', 404, `No routine ${key}@${version}`);
    return this.routines.get(key, number);
  }

  @Post()
  @Answers('RoutineDefinition', { status: 201, description: 'Stored (201), or this very content already published (200)' })
  @Roles('admin')
  @ApiOperation({
    summary:
      'Publish a new routine version (validated); new cases start on it, running ones stay. 201 when stored, ' +
      '200 when this very content is already published, 409 ROUTINE_VERSION_EXISTS when the version has other content',
  })
  async publish(
    @Body() body: Record<string, unknown>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutineDefinition> {
    const { definition, created } = await this.routines.publish(body);
    response.status(created ? 201 : 200);
    return definition;
  }
}
