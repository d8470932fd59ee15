import { type DynamicModule, Module } from '@nestjs/common';
import { Clock } from './clock.service.js';

/**
 * The one source of business time, for every module: global, so each feature module injects
 * this very instance. `forRoot(clock)` installs another one in its place (a test's clock that it
 * sets and moves, testing/test-clock.ts); a provider of `Clock` added to the root module would
 * not do: the feature modules resolve `Clock` from this global module, never from the root.
 */
@Module({})
export class ClockModule {
  static forRoot(clock?: Clock): DynamicModule {
    return {
      module: ClockModule,
      global: true,
      providers: [clock ? { provide: Clock, useValue: clock } : Clock],
      exports: [Clock],
    };
  }
}
