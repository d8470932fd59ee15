import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { InputLimitsInterceptor } from './input-limits.interceptor.js';

/**
 * The HTTP edge inside Nest: the input limits on every route's params, query and body. (Body
 * parsers, security headers and the designer are mounted on Express in bootstrap.ts.)
 */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: InputLimitsInterceptor }] })
export class HttpModule {}
