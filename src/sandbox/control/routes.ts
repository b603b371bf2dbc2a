import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxCore } from '../core.js';
import { FaultRuleError, type FaultRule } from '../faults.js';
import { ScriptedOutcomeError } from '../scripted-outcomes.js';
import { writeJson } from '../pipeline/respond.js';
import { CsvFile, reportFile } from '../reports/routes.js';
import type { Client } from '../state/clients.js';
import { SANDBOX_VERSION } from '../version.js';
import { advanceClock, approve, clockView, deny, expireToken, unbindWallet, type ConsentRef } from './actions.js';
import { ControlError, optionalString, readJsonObject, requireString } from './read-json.js';
import { paymentView, tokenView } from './views.js';

interface ControlContext {
  core: SandboxCore;
  alipayPublicKey: string;
  request: IncomingMessage;
  query: URLSearchParams;
  params: string[];
  body: () => Promise<Record<string, unknown>>;
}

const clientView = (c: Client) => ({ clientId: c.clientId, keyVersion: c.keyVersion, notifyUrl: c.notifyUrl, settlementCurrencies: c.settlementCurrencies, gagw: c.gagw });

type Route = [method: string, pattern: RegExp, handle: (ctx: ControlContext) => unknown | Promise<unknown>];

function consentRef(body: Record<string, unknown>): ConsentRef {
  if (typeof body.authUrl === 'string') return { authUrl: body.authUrl };
  if (typeof body.clientId === 'string' && typeof body.authState === 'string') {
    return { clientId: body.clientId, authState: body.authState };
  }
  throw new ControlError(400, 'give {authUrl} or {clientId, authState}');
}

const ROUTES: Route[] = [
  ['GET', /^\/__sandbox\/health$/, () => ({ ok: true, version: SANDBOX_VERSION })],
  ['GET', /^\/__sandbox\/keys$/, ({ alipayPublicKey }) => ({ alipayPublicKey })],
  [
    'POST',
    /^\/__sandbox\/clients$/,
    async ({ core, body }) => {
      const input = await body();
      const registration = {
        clientId: requireString(input, 'clientId'),
        publicKey: requireString(input, 'publicKey'),
        keyVersion: optionalString(input, 'keyVersion'),
        notifyUrl: optionalString(input, 'notifyUrl'),
        ...(input.settlementCurrencies !== undefined ? { settlementCurrencies: input.settlementCurrencies as string[] } : {}),
        ...(input.gagw !== undefined ? { gagw: input.gagw as boolean } : {}),
      };
      try {
        return clientView(core.clients.register(registration));
      } catch (error) {
        throw new ControlError(400, (error as Error).message);
      }
    },
  ],
  [
    'GET',
    /^\/__sandbox\/clients$/,
    ({ core }) => ({
      clients: core.clients.list().map(clientView),
    }),
  ],
  ['POST', /^\/__sandbox\/authorizations\/approve$/, async ({ core, body }) => approve(core, consentRef(await body()))],
  ['POST', /^\/__sandbox\/authorizations\/deny$/, async ({ core, body }) => deny(core, consentRef(await body()))],
  ['GET', /^\/__sandbox\/clock$/, ({ core }) => clockView(core)],
  ['POST', /^\/__sandbox\/clock\/advance$/, async ({ core, body }) => advanceClock(core, Number((await body()).seconds))],
  [
    'POST',
    /^\/__sandbox\/faults$/,
    async ({ core, body }) => {
      const input = await body();
      if (input.seed !== undefined) {
        core.faults.reseed(Number(input.seed));
        if (input.kind === undefined) return { seeded: Number(input.seed) };
      }
      try {
        return core.faults.add(input as unknown as FaultRule);
      } catch (error) {
        if (error instanceof FaultRuleError) throw new ControlError(400, error.message);
        throw error;
      }
    },
  ],
  ['GET', /^\/__sandbox\/faults$/, ({ core }) => ({ faults: core.faults.list() })],
  ['DELETE', /^\/__sandbox\/faults$/, ({ core }) => (core.faults.clear(), { cleared: true })],
  [
    'DELETE',
    /^\/__sandbox\/faults\/([^/]+)$/,
    ({ core, params }) => {
      if (!core.faults.remove(params[0] ?? '')) throw new ControlError(404, 'no such fault');
      return { removed: params[0] };
    },
  ],
  [
    'POST',
    /^\/__sandbox\/scripted-outcomes$/,
    async ({ core, body }) => {
      try {
        return core.scripts.add(await body());
      } catch (error) {
        if (error instanceof ScriptedOutcomeError) throw new ControlError(400, error.message);
        throw error;
      }
    },
  ],
  ['GET', /^\/__sandbox\/scripted-outcomes$/, ({ core }) => ({ scripts: core.scripts.list() })],
  ['DELETE', /^\/__sandbox\/scripted-outcomes$/, ({ core }) => (core.scripts.clear(), { cleared: true })],
  [
    'GET',
    /^\/__sandbox\/notifications$/,
    ({ core, query }) => ({
      notifications: core.notifier.list({ type: query.get('type') ?? undefined, clientId: query.get('clientId') ?? undefined }),
    }),
  ],
  [
    'POST',
    /^\/__sandbox\/wallet\/unbind$/,
    async ({ core, body }) => {
      const input = await body();
      unbindWallet(core, requireString(input, 'accessToken'), optionalString(input, 'reason'));
      return { unbound: true };
    },
  ],
  [
    'POST',
    /^\/__sandbox\/tokens\/expire$/,
    async ({ core, body }) => (expireToken(core, requireString(await body(), 'accessToken')), { expired: true }),
  ],
  ['GET', /^\/__sandbox\/tokens$/, ({ core, query }) => ({ tokens: core.authorizations.listTokens(query.get('clientId') ?? undefined).map(tokenView) })],
  [
    'GET',
    /^\/__sandbox\/reports\/(transactions|settlement|settlement-summary)$/,
    ({ core, params, query }) => reportFile(core, params[0] as 'transactions' | 'settlement' | 'settlement-summary', query),
  ],
  [
    'GET',
    /^\/__sandbox\/requests$/,
    ({ core, query }) => ({ requests: core.received.list({ api: query.get('api') ?? undefined, clientId: query.get('clientId') ?? undefined }) }),
  ],
  ['GET', /^\/__sandbox\/payments$/, ({ core, query }) => ({ payments: core.payments.list(query.get('clientId') ?? undefined).map(paymentView) })],
];

/** The JSON control API under /__sandbox/ (documented in README.md). Returns false when no route matches. */
export async function handleControl(
  core: SandboxCore,
  alipayPublicKey: string,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<boolean> {
  const method = request.method ?? 'GET';
  const matches = ROUTES.filter(([, pattern]) => pattern.test(path));
  if (matches.length === 0) return false;
  const route = matches.find(([routeMethod]) => routeMethod === method);
  if (!route) {
    writeJson(response, 405, { error: `${method} is not allowed on ${path}` });
    return true;
  }
  const params = (route[1].exec(path) ?? []).slice(1);
  try {
    const value = await route[2]({
      core,
      alipayPublicKey,
      request,
      query,
      params,
      body: () => readJsonObject(request, core.options.maxBodyBytes),
    });
    if (value instanceof CsvFile) value.write(response);
    else writeJson(response, 200, value);
  } catch (error) {
    if (error instanceof ControlError) writeJson(response, error.status, { error: error.message });
    else throw error;
  }
  return true;
}
