import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { assertPatchTarget, installedVersion, type PatchTarget } from '../patch-guard';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (size: number) => void;
  reject: (error: Error) => void;
  onData: (data: Uint8Array) => void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
}

// Messages after which a client may hand the session to another: Sync ends an extended-protocol
// exchange, Query is a whole simple-protocol exchange, Terminate ends the connection.
const READY_FOR_QUERY = 'Z'.charCodeAt(0);
const IDLE = 'I'.charCodeAt(0);
const EXCHANGE_END = new Set(['S', 'Q', 'X'].map((c) => c.charCodeAt(0)));

/**
 * What keepExtendedQueriesTogether replaces (the queue manager's processQueue) and reads or calls (its queue
 * fields, PGlite's exclusive raw-protocol execution), in the versions it was written for.
 */
export function extendedQueriesPatchTarget(server: PGLiteSocketServer): PatchTarget {
  const queue = (server as unknown as { queryQueue?: Partial<QueryQueue> & { db?: unknown } }).queryQueue;
  return {
    patch: "the embedded database's query-queue patch (embedded-postgres.ts)",
    libraries: [
      {
        name: '@electric-sql/pglite-socket',
        writtenFor: '0.2.17',
        installed: installedVersion('@electric-sql/pglite-socket'),
      },
      { name: '@electric-sql/pglite', writtenFor: '0.5.14', installed: installedVersion('@electric-sql/pglite') },
    ],
    members: [
      { of: 'PGLiteSocketServer', owner: server, name: 'queryQueue', kind: 'field' },
      { of: 'queryQueue', owner: queue, name: 'processQueue', kind: 'method' },
      { of: 'queryQueue', owner: queue, name: 'queue', kind: 'field' },
      { of: 'queryQueue', owner: queue, name: 'processing', kind: 'field' },
      { of: 'queryQueue', owner: queue, name: 'lastHandlerId', kind: 'field' },
      { of: 'queryQueue', owner: queue, name: 'db', kind: 'field' },
      { of: 'PGlite', owner: PGlite.prototype, name: 'runExclusive', kind: 'method' },
      { of: 'PGlite', owner: PGlite.prototype, name: 'execProtocolRawStream', kind: 'method' },
    ],
  };
}

/**
 * pglite-socket multiplexes clients one protocol *message* at a time, keeping a client exclusive only
 * inside a transaction. node-postgres sends Parse/Bind/Execute/Sync as separate messages, so two
 * clients' parameterised queries interleave and one fails with "unnamed prepared statement does not
 * exist" — leaving a transaction open that stalls every other client. This keeps a client exclusive
 * from its first message to the end of its exchange as well.
 */
function keepExtendedQueriesTogether(server: PGLiteSocketServer): void {
  assertPatchTarget(extendedQueriesPatchTarget(server));
  const queue = (server as unknown as { queryQueue: QueryQueue & { db: PGlite } }).queryQueue;
  let midExchange = false;
  // Transaction state as the server reported it to the client in its last ReadyForQuery ('I' = idle).
  let inTransaction = false;
  queue.processQueue = async function processQueue(this: QueryQueue & { db: PGlite }): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    while (this.queue.length > 0) {
      const sticky = (midExchange || inTransaction) && this.lastHandlerId !== null;
      const index = sticky ? this.queue.findIndex((q) => q.handlerId === this.lastHandlerId) : 0;
      if (index === -1) {
        break;
      }
      const [query] = this.queue.splice(index, 1);
      let size = 0;
      let tail = new Uint8Array(0);
      try {
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(query.message, {
            onRawData: (data: Uint8Array) => {
              size += data.length;
              tail = data.length >= 6 ? data.slice(-6) : Uint8Array.from([...tail, ...data].slice(-6));
              query.onData(data);
            },
          }),
        );
      } catch (error) {
        query.reject(error as Error);
        this.processing = false;
        return;
      }
      const type = query.message[0];
      const isStartup = query.message.length >= 8 && type === 0;
      midExchange = !isStartup && !EXCHANGE_END.has(type);
      if (tail.length === 6 && tail[0] === READY_FOR_QUERY) inTransaction = tail[5] !== IDLE;
      this.lastHandlerId = query.handlerId;
      query.resolve(size);
    }
    this.processing = false;
  };
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * An in-process Postgres (PGlite) behind a loopback socket, so the normal `pg` driver, TypeORM and
 * BullMQ's Postgres backend all talk to it as to a server. Only for the one-command start: production
 * and CI use a real Postgres through DATABASE_URL.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  // PGlite is one session shared by every client the socket server multiplexes, so connection-level
  // settings (BullMQ pins search_path to its schema per connection) must be set once, here.
  await db.exec('SET search_path TO public, bullmq');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 } as ConstructorParameters<
    typeof PGLiteSocketServer
  >[0]);
  try {
    keepExtendedQueriesTogether(server);
  } catch (error) {
    await db.close();
    throw error;
  }
  await server.start();
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
