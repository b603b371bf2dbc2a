import type { KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxCore } from '../core.js';
import type { ActiveFault } from '../faults.js';
import { HANDLERS } from '../handlers/index.js';
import { failed, ParamIllegal, respond, unknown, type AmsResult, type ResponseBody } from '../results.js';
import { authenticate, headerValue } from './authenticate.js';
import { readBody } from './body.js';
import { Fields } from './fields.js';
import { routeApi, type ApiName } from './routing.js';
import { writeSigned } from './respond.js';

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    if (ms <= 0) resolve();
    else setTimeout(resolve, ms).unref();
  });

/** Go sends two Content-Type lines (ams-spec §1.2): acceptable if any is JSON; absent is tolerated. */
function acceptsMediaType(request: IncomingMessage): boolean {
  const values = request.headersDistinct['content-type'];
  if (!values || values.length === 0) return true;
  return values.some((value) => /^application\/json\b/i.test(value.trim()));
}

/** Steps 3-7 of ams-spec §10.1 for a routed request: authenticate, parse, validate, run the handler. */
function processCall(core: SandboxCore, request: IncomingMessage, api: ApiName, signedPath: string, bytes: Buffer): ResponseBody {
  const method = request.method ?? 'POST';
  if (!acceptsMediaType(request)) {
    return respond(failed('MEDIA_TYPE_NOT_ACCEPTABLE', 'Content-Type must be application/json; charset=UTF-8'));
  }
  const auth = authenticate(core.clients, request.headers, method, signedPath, bytes);
  if (!auth.ok) return respond(auth.result);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return respond(failed('PARAM_ILLEGAL', 'body is not valid JSON'));
  }
  core.received.record({ api, clientId: auth.client.clientId, receivedAt: core.clock.now().toISOString(), body: parsed });
  try {
    return HANDLERS[api](core, { client: auth.client, fields: Fields.root(parsed), now: core.clock.now() });
  } catch (error) {
    if (error instanceof ParamIllegal) return respond(failed('PARAM_ILLEGAL', error.message));
    throw error;
  }
}

/** The gateway-error body a fault answers with instead of (or after) the real one. */
function faultResult(fault: ActiveFault): AmsResult {
  if (fault.kind === 'unsigned' && fault.resultStatus === 'F') return failed('SYSTEM_ERROR', 'system error (sandbox fault)');
  return unknown('UNKNOWN_EXCEPTION', 'unknown exception (sandbox fault)');
}

/**
 * The AMS request pipeline (ams-spec §10.1) with faults woven in: a fault either replaces processing (gateway failed
 * first) or follows it (the operation happened, the answer is lost, late, unsigned or U).
 */
export async function handleAmsRequest(
  core: SandboxCore,
  privateKey: KeyObject,
  request: IncomingMessage,
  response: ServerResponse,
  signedPath: string,
  path: string,
): Promise<void> {
  const method = request.method ?? 'GET';
  const clientIdHeader = headerValue(request.headers, 'client-id') ?? '';
  const answer = (body: ResponseBody, extra: { status?: number; unsigned?: boolean; extraHeaders?: Record<string, string> } = {}) =>
    writeSigned(response, privateKey, { method, path: signedPath, clientId: clientIdHeader, now: core.clock.now(), body, ...extra });

  const read = await readBody(request, core.options.maxBodyBytes);
  if (!read.ok) {
    if (read.reason === 'ABORTED') return;
    const message = `request body exceeds ${core.options.maxBodyBytes} bytes`;
    return answer(respond(failed('PARAM_ILLEGAL', message)), { status: 413, extraHeaders: { connection: 'close' } });
  }
  if (method !== 'POST') return answer(respond(failed('METHOD_NOT_SUPPORTED', `${method} is not supported; use POST`)));
  const api = routeApi(path);
  if (!api) return answer(respond(failed('NO_INTERFACE_DEF', `no API is defined at ${path.slice(0, 200)}`)));

  const { latencyMs, fault } = core.faults.forRequest(api, clientIdHeader);
  let body: ResponseBody;
  if (fault && !fault.applied) body = respond(faultResult(fault));
  else body = processCall(core, request, api, signedPath, read.bytes);
  if (fault?.kind === 'unknown' || fault?.kind === 'unsigned') body = respond(faultResult(fault));

  await sleep(latencyMs + (fault?.kind === 'timeout' ? fault.delayMs : 0));
  if (response.destroyed) return;
  if (fault?.kind === 'reset') {
    request.socket.destroy();
    return;
  }
  if (fault?.kind === 'http5xx') {
    const html = `<html><body><h1>${fault.status} Service Unavailable</h1></body></html>`;
    response.writeHead(fault.status, { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(html)) });
    response.end(html);
    return;
  }
  return answer(body, { unsigned: fault?.kind === 'unsigned' });
}
