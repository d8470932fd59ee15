import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseBody } from '../../platform/http/parse-body.js';
import { UsersService } from '../identity/users.service.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { AuthError } from '../../platform/auth/auth.error.js';
import { TokenRequestDto, TokenResponseDto, tokenRequestSchema } from './auth.dto.js';
import { type AuthConfig, TokenService } from './token.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  @Post('auth/token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in a local user and receive a bearer token (only without an external identity provider)',
  })
  @ApiOkResponse({ type: TokenResponseDto })
  async token(@Body() body: TokenRequestDto): Promise<TokenResponseDto> {
    const { username, password } = parseBody(tokenRequestSchema, body);
    if (!this.tokens.localSignInEnabled) {
      throw new AuthError('AUTH_LOCAL_DISABLED', 404, 'Local sign-in is disabled: sign in with the identity provider');
    }
    const user = await this.users.findByUsername(username);
    // The same work whether or not the user exists (or has a password): see dummyPasswordHash.
    const valid = await verifyPassword(password, user?.passwordHash ?? dummyPasswordHash);
    if (!user?.passwordHash || !valid)
      throw new AuthError('AUTH_INVALID_CREDENTIALS', 401, 'Wrong username or password');
    return this.tokens.issue(user.subject);
  }

  @Get('auth/config')
  @ApiOperation({ summary: 'How the designer signs in: locally, or through the external provider and which client' })
  @Answers('AuthConfig')
  config(): AuthConfig {
    return this.tokens.signInConfig();
  }

  @Get('.well-known/jwks.json')
  @Answers('JsonWebKeySet')
  @ApiOperation({ summary: 'The public keys of locally issued tokens' })
  jwks() {
    return this.tokens.publicJwks();
  }
}
