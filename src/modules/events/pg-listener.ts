import pg from 'pg';
import type { Logger } from '../../shared/logger.js';
import type { Secret } from '../../shared/secret.js';
import { EVENTS_CHANNEL } from './event-channel.js';

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

export interface ChannelHandler {
  onNotify(payload: string): void;
  /** After every (re)connect: what was announced while the connection was down was missed. */
  onConnected?(): void;
}

/**
 * One dedicated connection per instance that LISTENs on the events channel and calls `onWake` for every NOTIFY (any
 * instance's commit), after every (re)connect — to catch up on what was committed while it was down — and on a slow
 * safety timer (a wake-up is only a hint; the sequencer finds the actual events itself, so a lost one costs latency,
 * never an event).
 */
export class PgEventListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private delay = RECONNECT_MIN_MS;
  private timer: NodeJS.Timeout | undefined;
  private safety: NodeJS.Timeout | undefined;
  private connected = false;

  constructor(
    private readonly url: Secret<string>,
    private readonly onWake: () => void,
    private readonly logger: Logger,
    private readonly safetyIntervalMs = 2_000,
    /** Other channels on the same connection (access revocations): their payloads, and every (re)connect. */
    private readonly channels: Readonly<Record<string, ChannelHandler>> = {},
  ) {}

  get isConnected(): boolean {
    return this.connected;
  }

  async start(): Promise<void> {
    await this.connect();
    this.safety = setInterval(() => this.onWake(), this.safetyIntervalMs);
    this.safety.unref();
  }

  /** Drops the connection as if the network failed (tests); the listener reconnects and catches up. */
  simulateConnectionLoss(): void {
    this.client?.emit('error', new Error('simulated connection loss'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.safety) clearInterval(this.safety);
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url.reveal(), application_name: 'agw-events-listener' });
    client.on('notification', (message) => {
      const handler = this.channels[message.channel];
      if (handler) handler.onNotify(message.payload ?? '');
      else this.onWake();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    for (const channel of Object.keys(this.channels)) await client.query(`LISTEN ${channel}`);
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.connected = true;
    this.delay = RECONNECT_MIN_MS;
    this.onWake();
    for (const handler of Object.values(this.channels)) handler.onConnected?.();
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    this.connected = false;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    this.logger.warn({ err: error }, 'events listener lost its connection; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.connect().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'events listener reconnect failed');
        this.delay = Math.min(this.delay * 2, RECONNECT_MAX_MS);
        this.scheduleReconnect();
      });
    }, this.delay);
    this.timer.unref();
  }
}
