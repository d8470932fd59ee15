/**
 * The embedded PostgreSQL cannot run here, for a reason its message names together with what to
 * do about it. Start-up prints the message alone and exits 1, as for an unreachable server.
 */
export class EmbeddedPostgresError extends Error {}
