import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CALLER_RESOLVER } from '../../platform/auth/caller-resolver.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AuthController } from './auth.controller.js';
import { Authenticator } from './authenticator.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { SigningKeyEntity } from './signing-key.entity.js';
import { TokenService } from './token.service.js';

/**
 * Sign-in and tokens: the local issuer's keys and tokens, an external issuer's verified, and the
 * platform's CALLER_RESOLVER (a bearer token to the user it names).
 */
@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([SigningKeyEntity])],
  controllers: [AuthController],
  providers: [TokenService, Authenticator, LoginThrottle, { provide: CALLER_RESOLVER, useExisting: Authenticator }],
  exports: [CALLER_RESOLVER, LoginThrottle],
})
export class AuthModule {
  static readonly entities = [SigningKeyEntity];
}
