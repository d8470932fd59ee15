import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '../../platform/auth/roles.guard.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { versionNumberSchema } from '../../platform/http/params.js';
import { type MigrationReport, RoutineMigrationService } from './routine-migration.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

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

/** Migrations of running cases between versions of their routine (they move instances). */
@ApiTags('routines')
@ApiBearerAuth()
@Controller('api/routines')
export class RoutineMigrationsController {
  constructor(private readonly migrations: RoutineMigrationService) {}

  @Post(':key/migrations')
  @Answers('MigrationReport')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move running cases to another version with a state mapping, validated first (dryRun to preview)',
  })
  migrate(@Param('key') key: string, @Body() body: MigrationDto): Promise<MigrationReport> {
    return this.migrations.migrate(key, parseBody(migrationSchema, body));
  }
}
