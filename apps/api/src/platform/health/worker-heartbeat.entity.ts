import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Written by each worker process on a schedule, so /health can tell whether workers run. */
@Entity({ name: 'worker_heartbeat' })
export class WorkerHeartbeatEntity {
  @PrimaryColumn({ name: 'worker_id', type: 'text' })
  workerId: string;

  @Column({ type: 'text' })
  host: string;

  @Column({ type: 'integer' })
  pid: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt: Date;
}
