import { Module } from '@nestjs/common';
import { DeadlineProcessor } from './deadline.processor.js';
import { DeadlinesModule } from './deadlines.module.js';

/** The `deadlines` queue's processor and the reconciler's timer: only in processes that work jobs. */
@Module({ imports: [DeadlinesModule], providers: [DeadlineProcessor] })
export class DeadlineWorkerModule {}
