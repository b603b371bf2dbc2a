import { WebSocket } from 'ws';
import type { Actor } from '../modules/access/actor.js';
import type { Authenticator } from '../modules/access/authenticator.js';
import { revokes, type Revocation } from '../modules/access/revocation.js';
import type { Logger } from '../shared/logger.js';

/** graphql-ws's own Forbidden code: the same one a bad key gets at connection time. */
export const CLOSE_FORBIDDEN = 4403;
const REASONS: Record<Revocation['kind'], string> = {
  key: 'Forbidden: the API key was revoked',
  merchant: 'Forbidden: the merchant was disabled',
};

/**
 * The open graphql-ws sockets of this instance with the actor each authenticated as, so that a revocation (from any
 * instance, see Authenticator.revoke) closes exactly the sockets it concerns. A closed socket takes no more writes:
 * the direct feed and graphql-ws both send only while it is OPEN.
 */
export class AuthenticatedSockets {
  private readonly sockets = new Map<WebSocket, Actor>();
  private readonly detach: Array<() => void>;

  constructor(
    private readonly authenticator: Authenticator,
    private readonly logger: Logger,
  ) {
    this.detach = [
      authenticator.onRevoked((revocation) => this.revoke(revocation)),
      authenticator.onResync(() => void this.recheck()),
    ];
  }

  add(socket: WebSocket, actor: Actor): void {
    this.sockets.set(socket, actor);
    socket.once('close', () => this.sockets.delete(socket));
  }

  dispose(): void {
    for (const detach of this.detach) detach();
    this.sockets.clear();
  }

  private revoke(revocation: Revocation): void {
    let closed = 0;
    for (const [socket, actor] of this.sockets) {
      if (!revokes(revocation, actor)) continue;
      this.close(socket, REASONS[revocation.kind]);
      closed++;
    }
    if (closed > 0) this.logger.info({ revocation, sockets: closed }, 'closed sockets whose access was revoked');
  }

  /** After announcements may have been missed: every socket whose key no longer authenticates is closed. */
  private async recheck(): Promise<void> {
    if (this.sockets.size === 0) return;
    const keyIds = [...new Set([...this.sockets.values()].map((actor) => actor.keyId))];
    try {
      const active = await this.authenticator.stillActive(keyIds);
      for (const [socket, actor] of this.sockets) if (!active.has(actor.keyId)) this.close(socket, REASONS.key);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not recheck the keys of open sockets');
    }
  }

  private close(socket: WebSocket, reason: string): void {
    this.sockets.delete(socket);
    if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.close(CLOSE_FORBIDDEN, reason);
  }
}
