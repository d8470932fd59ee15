import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.service.js';

/** The one source of business time, for every module (tests swap it, never the database). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
