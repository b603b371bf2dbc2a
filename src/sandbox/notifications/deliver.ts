import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface DeliveryOutcome {
  httpStatus: number | undefined;
  responseBody: string;
  error: string | undefined;
}

const MAX_ACK_BYTES = 64 * 1024;

/** One POST of a notification; never throws: network errors come back as `error`. */
export function postNotification(
  url: URL,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<DeliveryOutcome> {
  return new Promise((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (outcome: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
        signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ACK_BYTES) chunks.push(chunk);
        });
        response.on('end', () =>
          finish({ httpStatus: response.statusCode, responseBody: Buffer.concat(chunks).toString('utf8'), error: undefined }),
        );
        response.on('error', (error) => finish({ httpStatus: response.statusCode, responseBody: '', error: error.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => finish({ httpStatus: undefined, responseBody: '', error: error.message }));
    request.end(body);
  });
}
