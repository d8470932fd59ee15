import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../platform/auth/roles.guard.js';
import { isUuid } from '../../platform/http/params.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import {
  DeliveryAdminError,
  DeliveryAdminService,
  type DeliverySummary,
  type DeliveryView,
  type JobAction,
  type JobView,
  type OverdueTaskView,
  type QueueOverview,
} from './delivery-admin.service.js';

function count(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,6}$/.test(text)) {
    throw new DeliveryAdminError('QUERY_INVALID', 422, `${name} must be a whole number`, {
      problems: [{ path: name, message: 'a whole number' }],
    });
  }
  return Number(text);
}

function deliveryId(id: string): string {
  if (!isUuid(id)) throw new DeliveryAdminError('DELIVERY_NOT_FOUND', 404, `No delivery ${id}`);
  return id;
}

/** The operators' API over delivery and the queues: the admin only. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/admin')
@Roles('admin')
export class DeliveryAdminController {
  constructor(private readonly admin: DeliveryAdminService) {}

  @Get('deliveries')
  @Answers('DeliveryView', { list: true })
  @ApiQuery({ name: 'status', required: false, enum: ['dead'] })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  @ApiOperation({ summary: 'Dead letters: messages that failed every attempt, newest first' })
  list(
    @Query('status') status?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ): Promise<DeliveryView[]> {
    return this.admin.list(status, count(limit, 'limit', 50), count(offset, 'offset', 0));
  }

  @Get('deliveries/summary')
  @Answers('DeliverySummary')
  @ApiOperation({ summary: 'Messages per channel and status, stuck ones, and whether SMTP is configured' })
  summary(): Promise<DeliverySummary> {
    return this.admin.summary();
  }

  @Post('deliveries/:id/retry')
  @HttpCode(200)
  @Answers('DeliveryView')
  @ApiOperation({ summary: 'Sends a dead letter again, at once, with fresh attempts (409 unless it is dead)' })
  retry(@Param('id') id: string): Promise<DeliveryView> {
    return this.admin.retry(deliveryId(id));
  }

  @Post('deliveries/:id/discard')
  @HttpCode(200)
  @Answers('DeliveryView')
  @ApiOperation({ summary: 'Drops a pending message or dead letter for good' })
  discard(@Param('id') id: string): Promise<DeliveryView> {
    return this.admin.discard(deliveryId(id));
  }

  @Get('queues')
  @Answers('QueueOverview', { list: true })
  @ApiOperation({ summary: 'Each queue’s waiting, delayed, active and failed jobs, and its stuck items' })
  queues(): Promise<QueueOverview[]> {
    return this.admin.queueOverview();
  }

  @Get('queues/:queue/jobs')
  @Answers('JobView', { list: true })
  @ApiQuery({ name: 'state', required: false, enum: ['waiting', 'delayed', 'active', 'failed'] })
  @ApiQuery({ name: 'limit', required: false })
  @ApiOperation({ summary: 'A queue’s jobs in one state (failed unless stated)' })
  jobs(
    @Param('queue') queue: string,
    @Query('state') state?: string,
    @Query('limit') limit?: string,
  ): Promise<JobView[]> {
    return this.admin.jobs(queue, state, count(limit, 'limit', 50));
  }

  @Post('queues/:queue/jobs/:job/retry')
  @HttpCode(200)
  @Answers('JobAction')
  @ApiOperation({ summary: 'Runs a failed job again' })
  async retryJob(@Param('queue') queue: string, @Param('job') job: string): Promise<JobAction> {
    await this.admin.retryJob(queue, job);
    return { queue, job, done: 'retried' };
  }

  @Post('queues/:queue/jobs/:job/discard')
  @HttpCode(200)
  @Answers('JobAction')
  @ApiOperation({ summary: 'Removes a job (its row, if still pending, is put back by the reconciler)' })
  async discardJob(@Param('queue') queue: string, @Param('job') job: string): Promise<JobAction> {
    await this.admin.discardJob(queue, job);
    return { queue, job, done: 'discarded' };
  }

  @Get('overdue')
  @Answers('OverdueTaskView', { list: true })
  @ApiQuery({ name: 'limit', required: false })
  @ApiOperation({ summary: 'Cases waiting on a task past its due time, longest overdue first' })
  overdue(@Query('limit') limit?: string): Promise<OverdueTaskView[]> {
    return this.admin.overdue(count(limit, 'limit', 100));
  }
}
