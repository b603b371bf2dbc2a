import type { Readable } from 'node:stream';
import axios, { type AxiosResponse } from 'axios';

/**
 * Fetches a report file from a URL (the sandbox's report endpoint, or an internal file service in front of Antom's
 * SFTP). Admin-only input, still handled defensively: http(s) only, no redirects followed (a redirect could point the
 * gateway at an internal address the admin did not name), a time limit, and a byte cap enforced while streaming.
 */
export type FetchedReport =
  | { ok: true; content: string; fileName: string | null }
  | { ok: false; tooLarge: boolean; message: string };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** The URL without its query string: the query may carry a token, and this text goes into messages. */
export function describeUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function fileNameOf(headers: AxiosResponse['headers'], url: URL): string | null {
  const header = (name: string) => String(headers[name] ?? '');
  const disposition = /filename="?([^";]+)"?/.exec(header('content-disposition'));
  const name = disposition?.[1] ?? (header('x-report-name') || url.pathname.split('/').pop() || '');
  return /\.csv$/i.test(name) && name.length <= 255 ? name : null;
}

class TooLarge extends Error {}

async function readCapped(body: Readable, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of body as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > maxBytes) {
      body.destroy();
      throw new TooLarge();
    }
    parts.push(part);
  }
  return Buffer.concat(parts);
}

export async function fetchReport(raw: string, limits: FetchLimits): Promise<FetchedReport> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, tooLarge: false, message: 'reportUrl is not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, tooLarge: false, message: 'reportUrl must be http or https' };
  const where = describeUrl(url);
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await axios.get<Readable>(url.href, {
      responseType: 'stream',
      maxRedirects: 0,
      validateStatus: () => true,
      signal: deadline,
    });
    deadline.addEventListener('abort', () => response.data.destroy(), { once: true });
    if (response.status !== 200) {
      response.data.destroy();
      return { ok: false, tooLarge: false, message: `${where} answered HTTP ${response.status}` };
    }
    const declared = Number(response.headers['content-length'] ?? '0');
    if (declared > limits.maxBytes) {
      response.data.destroy();
      return { ok: false, tooLarge: true, message: `${where} sends ${declared} bytes; at most ${limits.maxBytes} are accepted` };
    }
    const content = await readCapped(response.data, limits.maxBytes);
    return { ok: true, content: content.toString('utf8'), fileName: fileNameOf(response.headers, url) };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, tooLarge: true, message: `${where} sends more than ${limits.maxBytes} bytes` };
    const reason = deadline.aborted ? `no answer within ${limits.timeoutMs} ms` : 'the connection failed';
    return { ok: false, tooLarge: false, message: `${where}: ${reason}` };
  }
}
