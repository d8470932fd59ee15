/** One processor per queue, named after the queue (STYLE: The engine). */
export const SYSTEM_QUEUE = 'system';
