import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { handleControl } from './control/routes.js';
import type { SandboxCore } from './core.js';
import { handleAuthorizePage } from './pages/authorize.js';
import { handleAmsRequest } from './pipeline/ams.js';
import { writeJson } from './pipeline/respond.js';
import { pathOnly, signedPathOf } from './pipeline/routing.js';
import { unknown } from './results.js';
import { SANDBOX_VERSION } from './version.js';

async function route(
  core: SandboxCore,
  privateKey: KeyObject,
  alipayPublicKey: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const signedPath = signedPathOf(request.url ?? '/');
  const path = pathOnly(signedPath);
  if (path === '/__sandbox' || path.startsWith('/__sandbox/')) {
    const query = new URLSearchParams(signedPath.slice(path.length + 1));
    if (await handleAuthorizePage(core, request, response, path)) return;
    if (await handleControl(core, alipayPublicKey, request, response, path, query)) return;
    request.resume();
    writeJson(response, 404, { error: `no sandbox control route ${path.slice(0, 200)}` });
    return;
  }
  if (path === '/' && request.method === 'GET') {
    writeJson(response, 200, { sandbox: SANDBOX_VERSION, api: ['/ams/api/v1/…', '/ams/sandbox/api/v1/…'], control: '/__sandbox/' });
    return;
  }
  // Everything else is an AMS call; unknown paths get NO_INTERFACE_DEF from the pipeline.
  await handleAmsRequest(core, privateKey, request, response, signedPath, path);
}

/** PEM certificate chain and key for an HTTPS front. */
export interface SandboxTls {
  cert: string | Buffer;
  key: string | Buffer;
}

/**
 * The HTTP front: plain node:http for speed and raw body bytes; every failure still ends in an answer. With `tls`, the
 * same handler behind node:https — the official Python SDK always opens HTTPS to port 443 of the gateway host,
 * whatever scheme and port its gateway URL names.
 */
export function createSandboxServer(
  core: SandboxCore,
  privateKey: KeyObject,
  alipayPublicKey: string,
  tls?: SandboxTls,
): Server {
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    route(core, privateKey, alipayPublicKey, request, response).catch((error: unknown) => {
      core.logger.error({ err: error, url: request.url?.slice(0, 200) }, 'sandbox request failed');
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // Never a stack trace: an AMS-shaped U tells an SDK to retry or inquire.
      writeJson(response, 500, { result: unknown('UNKNOWN_EXCEPTION', 'internal sandbox error') });
    });
  };
  return tls === undefined
    ? createServer({ keepAliveTimeout: 65_000 }, handler)
    : createTlsServer({ keepAliveTimeout: 65_000, cert: tls.cert, key: tls.key }, handler);
}
