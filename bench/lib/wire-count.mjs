// Counting on the wire: a TCP proxy between the API and PostgreSQL (and one for Redis) that reads
// the protocol as it passes and counts what the API asks for. Nothing in the API changes, and
// PostgreSQL needs no extension (pg_stat_statements needs shared_preload_libraries, which means
// a restart of a shared server).
//
// PostgreSQL (frontend/backend protocol 3): a simple query ('Q') is one statement and one round
// trip; the extended protocol (what node-postgres uses for a query with parameters) sends Parse
// ('P', the text), Bind, Describe, Execute ('E': one statement) and Sync ('S': one round trip,
// answered by ReadyForQuery). ReadyForQuery ('Z') carries the transaction status: a return to
// idle ('I') after statements is one transaction ended (an autocommitted statement, or COMMIT or
// ROLLBACK of an explicit one).
// Redis (RESP): each array of bulk strings from the client is one command.
import net from 'node:net';
import { Buffer } from 'node:buffer';
import { onCleanup } from './cleanup.mjs';

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

export function emptyCounts() {
  return { statements: 0, roundTrips: 0, transactions: 0, byStatement: new Map(), redis: new Map() };
}

function bump(map, key, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * `UPDATE instance`, `SELECT user`, `INSERT INTO instance_event`: verb and first table, outside
 * subqueries. A data-modifying WITH (a case's step in one statement) is labelled with what each
 * of its parts writes: `WITH UPDATE instance + INSERT instance_event + UPDATE task`.
 */
export function statementLabel(sql) {
  const text = sql.replace(/\s+/g, ' ').trim();
  const verb = (/^\w+/.exec(text)?.[0] ?? '').toUpperCase();
  if (verb === 'WITH') {
    const writes = [...text.matchAll(/\b(UPDATE|INSERT INTO|DELETE FROM)\s+("?\w+"?)/gi)].map(
      (match) => `${match[1].split(' ')[0].toUpperCase()} ${match[2].replaceAll('"', '')}`,
    );
    if (writes.length > 0) return `WITH ${writes.join(' + ')}`;
  }
  let outer = text;
  for (let inner = outer.replace(/\([^()]*\)/g, ''); inner !== outer; inner = outer.replace(/\([^()]*\)/g, '')) {
    outer = inner;
  }
  const table = {
    SELECT: /\bFROM\s+("?[\w.]+"?)/i,
    WITH: /\bFROM\s+("?[\w.]+"?)/i,
    DELETE: /\bFROM\s+("?[\w.]+"?)/i,
    INSERT: /\bINTO\s+("?[\w.]+"?)/i,
    UPDATE: /^UPDATE\s+("?[\w.]+"?)/i,
  }[verb]?.exec(outer)?.[1];
  return table ? `${verb} ${table.replaceAll('"', '')}` : text.slice(0, 48);
}

/** Reads the frontend's messages (client → server) and the backend's ReadyForQuery. */
function postgresParsers(current) {
  let client = Buffer.alloc(0);
  let server = Buffer.alloc(0);
  let started = false;
  let untypedServerBytes = 0; // the one-byte answer to an SSL or GSS request
  let parsed = ''; // the unnamed statement's text (node-postgres parses unnamed every time)
  let sinceReady = 0;
  const statement = (sql) => {
    current().statements++;
    sinceReady++;
    bump(current().byStatement, sql.replace(/\s+/g, ' ').trim());
  };
  const cString = (body, from = 0) => body.toString('utf8', from, body.indexOf(0, from));
  return {
    fromClient(chunk) {
      client = Buffer.concat([client, chunk]);
      for (;;) {
        if (!started) {
          if (client.length < 8) return;
          const length = client.readInt32BE(0);
          if (client.length < length) return;
          const code = client.readInt32BE(4);
          if (code === SSL_REQUEST || code === GSS_REQUEST) untypedServerBytes++;
          else started = true;
          client = client.subarray(length);
          continue;
        }
        if (client.length < 5) return;
        const length = client.readInt32BE(1);
        if (client.length < 1 + length) return;
        const type = String.fromCharCode(client[0]);
        const body = client.subarray(5, 1 + length);
        if (type === 'Q') {
          statement(cString(body));
          current().roundTrips++;
        } else if (type === 'P') {
          parsed = cString(body, body.indexOf(0) + 1);
        } else if (type === 'E') {
          statement(parsed);
        } else if (type === 'S') {
          current().roundTrips++;
        }
        client = client.subarray(1 + length);
      }
    },
    fromServer(chunk) {
      server = Buffer.concat([server, chunk]);
      for (;;) {
        if (untypedServerBytes > 0 && server.length > 0) {
          untypedServerBytes--;
          server = server.subarray(1);
          continue;
        }
        if (server.length < 5) return;
        const length = server.readInt32BE(1);
        if (server.length < 1 + length) return;
        if (server[0] === 0x5a /* Z */) {
          if (server[5] === 0x49 /* I */ && sinceReady > 0) current().transactions++;
          sinceReady = 0;
        }
        server = server.subarray(1 + length);
      }
    },
  };
}

function redisParsers(current) {
  let client = Buffer.alloc(0);
  const line = (from) => {
    const end = client.indexOf('\r\n', from);
    return end < 0 ? undefined : { text: client.toString('utf8', from, end), next: end + 2 };
  };
  return {
    fromClient(chunk) {
      client = Buffer.concat([client, chunk]);
      for (;;) {
        if (client.length === 0) return;
        if (client[0] !== 0x2a /* * */) {
          const inline = line(0);
          if (!inline) return;
          bump(current().redis, inline.text.split(' ')[0].toUpperCase());
          client = client.subarray(inline.next);
          continue;
        }
        const header = line(1);
        if (!header) return;
        let at = header.next;
        let name;
        for (let i = 0; i < Number(header.text); i++) {
          const size = at < client.length ? line(at + 1) : undefined;
          if (!size) return;
          const end = size.next + Number(size.text) + 2;
          if (client.length < end) return;
          name ??= client.toString('utf8', size.next, end - 2).toUpperCase();
          at = end;
        }
        bump(current().redis, name ?? '');
        client = client.subarray(at);
      }
    },
    fromServer() {},
  };
}

/**
 * A counting proxy in front of `target` (host:port); returns the address to use instead and a
 * `take()` that hands over the counts since the last take.
 */
export async function countingProxy(target, protocol) {
  let counts = emptyCounts();
  const sockets = new Set();
  const server = net.createServer((socket) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    const parsers = protocol === 'postgres' ? postgresParsers(() => counts) : redisParsers(() => counts);
    sockets.add(socket).add(upstream);
    socket.on('data', (chunk) => {
      parsers.fromClient(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      parsers.fromServer(chunk);
      socket.write(chunk);
    });
    const close = () => {
      socket.destroy();
      upstream.destroy();
      sockets.delete(socket);
      sockets.delete(upstream);
    };
    socket.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup(`close the ${protocol} counting proxy`, async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    port: server.address().port,
    take() {
      const taken = counts;
      counts = emptyCounts();
      return taken;
    },
  };
}
