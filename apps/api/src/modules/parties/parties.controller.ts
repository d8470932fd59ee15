import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { parseBody } from '../../platform/http/parse-body.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { Roles } from '../../platform/auth/roles.guard.js';
import { type PartyView, PartiesService } from './parties.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

const acceptSchema = z.object({ countyCode: z.string().regex(/^\d{2}$/, 'a two-digit county code') });

class AcceptCountyDto {
  @ApiProperty({ example: '22', description: 'the county whose agreement may name this organisation' })
  countyCode: string;
}

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('api/parties')
export class PartiesController {
  constructor(private readonly parties: PartiesService) {}

  @Get()
  @Answers('PartyView', { list: true })
  @ApiOperation({ summary: 'The organisations known to Samverkan, with the counties each takes part in' })
  list(): Promise<PartyView[]> {
    return this.parties.list();
  }

  @Post(':party/counties')
  @Answers('PartyView')
  @HttpCode(200)
  @Roles('admin', 'strategist')
  @ApiOperation({
    summary: 'The organisation accepts to take part in a county (its own strategist, or the admin for it)',
  })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('party') party: string,
    @Body() body: AcceptCountyDto,
  ): Promise<PartyView> {
    return this.parties.accept(user, party, parseBody(acceptSchema, body).countyCode);
  }
}
