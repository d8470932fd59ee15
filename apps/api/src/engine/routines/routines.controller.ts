import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { RoutineDefinition } from '@samverkan/workflows';
import type { Response } from 'express';
import { z } from 'zod';
import { parseBody } from '../../platform/http/parse-body.js';
import { parseVersionNumber, versionNumberSchema } from '../../platform/http/params.js';
import { EngineError } from '../engine.error.js';
import { Roles } from '../../platform/auth/roles.guard.js';
import { type MigrationReport, RoutineMigrationService } from './routine-migration.service.js';
import { RoutineDefinitionsService } from './routine-definitions.service.js';

const migrationSchema = z.object({
  from: versionNumberSchema,
  to: versionNumberSchema,
  states: z.record(z.string(), z.string()).default({}),
  dryRun: z.boolean().optional(),
});

class MigrationDto {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'old state path → new state path',
  })
  states: Record<string, string>;
  @ApiPropertyOptional() dryRun?: boolean;
}

@ApiTags('routines')
@ApiBearerAuth()
@Controller('api/routines')
export class RoutinesController {
  constructor(
    private readonly routines: RoutineDefinitionsService,
    private readonly migrations: RoutineMigrationService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Routine definitions and their versions' })
  list() {
    return this.routines.list();
  }

  @Get(':key/versions/:version')
  @ApiOperation({ summary: 'One routine definition version' })
  get(@Param('key') key: string, @Param('version') version: string): Promise<RoutineDefinition> {
    const number = parseVersionNumber(version);
    if (number === undefined) throw new EngineError('ROUTINE_NOT_FOUND', 404, `No routine ${key}@${version}`);
    return this.routines.get(key, number);
  }

  @Post()
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

  @Post(':key/migrations')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move running cases to another version with a state mapping, validated first (dryRun to preview)',
  })
  migrate(@Param('key') key: string, @Body() body: MigrationDto): Promise<MigrationReport> {
    return this.migrations.migrate(key, parseBody(migrationSchema, body));
  }
}
