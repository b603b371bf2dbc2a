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

function fileNameOf(response: Response, url: URL): string | null {
  const disposition = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '');
  const name = disposition?.[1] ?? response.headers.get('x-report-name') ?? url.pathname.split('/').pop() ?? '';
  return /\.csv$/i.test(name) && name.length <= 255 ? name : null;
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
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(limits.timeoutMs) });
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel();
      return { ok: false, tooLarge: false, message: `${where} answered HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > limits.maxBytes) {
      await response.body.cancel();
      return { ok: false, tooLarge: true, message: `${where} sends ${declared} bytes; at most ${limits.maxBytes} are accepted` };
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    for await (const part of response.body) {
      size += part.byteLength;
      if (size > limits.maxBytes) return { ok: false, tooLarge: true, message: `${where} sends more than ${limits.maxBytes} bytes` };
      parts.push(part);
    }
    return { ok: true, content: Buffer.concat(parts).toString('utf8'), fileName: fileNameOf(response, url) };
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${limits.timeoutMs} ms` : 'the connection failed';
    return { ok: false, tooLarge: false, message: `${where}: ${reason}` };
  }
}
