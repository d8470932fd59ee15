import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseBody } from '../../platform/http/parse-body.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import type { AgreementSummary, AgreementView, ValidationReport, VersionView } from './agreement-views.js';
import {
  CreateAgreementDto,
  CreateDraftDto,
  UpdateDraftDto,
  createAgreementSchema,
  createDraftSchema,
  updateDraftSchema,
} from './agreements.dto.js';
import { AgreementsService } from './agreements.service.js';
import { parseDraftVersion, parseVersion } from './version-param.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @Answers('AgreementSummary', { list: true })
  @ApiOperation({ summary: 'The agreements the caller may read' })
  list(@CurrentUser() user: AuthUser): Promise<AgreementSummary[]> {
    return this.agreements.list(user);
  }

  @Post()
  @Answers('VersionView', { status: 201 })
  @ApiOperation({ summary: 'Create an agreement with its first draft (strategist of the county)' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAgreementDto): Promise<VersionView> {
    return this.agreements.create(user, parseBody(createAgreementSchema, body).content);
  }

  @Get(':agreement')
  @Answers('AgreementView')
  @ApiOperation({ summary: 'An agreement (by id or key) and its versions' })
  get(@CurrentUser() user: AuthUser, @Param('agreement') agreement: string): Promise<AgreementView> {
    return this.agreements.get(user, agreement);
  }

  @Post(':agreement/versions')
  @Answers('VersionView', { status: 201 })
  @ApiOperation({ summary: 'Start a draft from the published version or a named one' })
  createDraft(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Body() body: CreateDraftDto,
  ): Promise<VersionView> {
    return this.agreements.createDraft(user, agreement, parseBody(createDraftSchema, body ?? {}).from);
  }

  @Get(':agreement/versions/:version')
  @Answers('VersionView')
  @ApiOperation({ summary: 'One version as stored (a number, or latest = the published one)' })
  getVersion(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
  ): Promise<VersionView> {
    return this.agreements.getVersion(user, agreement, parseVersion(version));
  }

  @Put(':agreement/versions/:version')
  @Answers('VersionView')
  @ApiOperation({ summary: 'Replace a draft; 422 with every problem, 409 when published or stale' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
    @Body() body: UpdateDraftDto,
  ): Promise<VersionView> {
    const { content, rowVersion } = parseBody(updateDraftSchema, body);
    return this.agreements.update(user, agreement, parseDraftVersion(version), content, rowVersion);
  }

  @Post(':agreement/versions/:version/validate')
  @Answers('ValidationReport')
  @HttpCode(200)
  @ApiOperation({ summary: 'Every problem of a version, its template applied' })
  validate(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
  ): Promise<ValidationReport> {
    return this.agreements.validate(user, agreement, parseVersion(version));
  }

  @Post(':agreement/versions/:version/publish')
  @Answers('VersionView')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft: immutable from now on, with content hash, who and when' })
  publish(
    @CurrentUser() user: AuthUser,
    @Param('agreement') agreement: string,
    @Param('version') version: string,
  ): Promise<VersionView> {
    return this.agreements.publish(user, agreement, parseDraftVersion(version));
  }
}
