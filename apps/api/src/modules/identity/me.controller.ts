import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/me')
export class MeController {
  @Get()
  @Answers('AuthUser')
  @ApiOperation({ summary: 'Who the bearer of the token is: user, roles and party' })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
