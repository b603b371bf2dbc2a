/** One API request as the sandbox received it: the parsed JSON body, exactly as the client serialised it. */
export interface ReceivedRequest {
  api: string;
  clientId: string;
  receivedAt: string;
  body: unknown;
}

/**
 * The most recent requests the sandbox accepted (signature verified), newest last, so that a test can assert the
 * exact JSON a client sent — field names and nesting as the official SDKs serialise them. Bounded: the oldest go
 * first. The bodies hold what the client sent, access tokens included, as Antom's own logs would: this is test
 * tooling, never served by a gateway.
 */
export class ReceivedRequests {
  private readonly entries: ReceivedRequest[] = [];

  constructor(private readonly limit: number) {}

  record(entry: ReceivedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(filter: { api?: string | undefined; clientId?: string | undefined } = {}): ReceivedRequest[] {
    return this.entries.filter((e) => (filter.api === undefined || e.api === filter.api) && (filter.clientId === undefined || e.clientId === filter.clientId));
  }
}
