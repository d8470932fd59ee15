import { type DynamicModule, Module } from '@nestjs/common';
import { RUNTIME, type Runtime } from './runtime.js';

/** What start-up resolved (configuration, database, queue backend), for every module to inject. */
@Module({})
export class ConfigModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: RUNTIME, useValue: runtime }],
      exports: [RUNTIME],
    };
  }
}
