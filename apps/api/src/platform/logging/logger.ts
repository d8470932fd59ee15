import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { Config } from '../config/config.js';

const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's own logger, one JSON object per line unless LOG_FORMAT=text. */
export function createLogger(log: Config['log']): ConsoleLogger {
  const logLevels = order.slice(0, order.indexOf(log.level) + 1);
  return new ConsoleLogger({ json: log.format === 'json', logLevels, colors: log.format === 'text' });
}
