import type { IncomingMessage, ServerResponse } from 'node:http';
import { approve, deny, findConsent } from '../control/actions.js';
import { ControlError } from '../control/read-json.js';
import type { SandboxCore } from '../core.js';
import { readBody } from '../pipeline/body.js';
import type { Consent } from '../state/authorizations.js';
import { SANDBOX_VERSION } from '../version.js';

const PAGE_PATH = /^\/__sandbox\/authorize\/([A-Za-z0-9]+)$/;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f5f9;margin:0;display:flex;justify-content:center}
main{background:#fff;max-width:26rem;margin:3rem 1rem;padding:2rem;border-radius:12px;box-shadow:0 2px 12px #0002}
h1{font-size:1.3rem;margin-top:0}dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem 1rem}dt{color:#667}
dd{margin:0;word-break:break-all}form{display:flex;gap:1rem;margin-top:1.5rem}
button{flex:1;padding:.8rem;border:0;border-radius:8px;font-size:1rem;cursor:pointer}
.approve{background:#1677ff;color:#fff}.deny{background:#e8eaef}small{color:#889;display:block;margin-top:1.5rem}
</style></head><body><main>${content}<small>${escapeHtml(SANDBOX_VERSION)} — simulated wallet, no real account</small></main></body></html>`;
}

function consentPage(consent: Consent): string {
  const details = `<dl><dt>Merchant</dt><dd>${escapeHtml(consent.clientId)}</dd>
<dt>Wallet</dt><dd>${escapeHtml(consent.customerBelongsTo)}</dd>
<dt>Scopes</dt><dd>${escapeHtml(consent.scopes.join(', '))}</dd>
<dt>Returns to</dt><dd>${escapeHtml(consent.authRedirectUrl)}</dd></dl>`;
  if (consent.status !== 'PENDING') {
    return page('Authorization', `<h1>Authorization already ${consent.status.toLowerCase()}</h1>${details}`);
  }
  return page(
    'Authorize Auto Debit',
    `<h1>Allow ${escapeHtml(consent.clientId)} to debit your ${escapeHtml(consent.customerBelongsTo)} account?</h1>${details}
<form method="post"><button class="deny" name="decision" value="deny">Deny</button>
<button class="approve" name="decision" value="approve" autofocus>Agree and link</button></form>`,
  );
}

function writeHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(html)) });
  response.end(html);
}

/**
 * The user's side of consult: the page behind authUrl where a simulated wallet user agrees or refuses, then is sent
 * (303) to authRedirectUrl with authCode and authState. Returns false when the path is not a consent page.
 */
export async function handleAuthorizePage(
  core: SandboxCore,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<boolean> {
  const match = PAGE_PATH.exec(path);
  if (!match) return false;
  const consentId = match[1] ?? '';
  try {
    const consent = findConsent(core, { consentId });
    if (request.method === 'GET') {
      writeHtml(response, 200, consentPage(consent));
      return true;
    }
    if (request.method !== 'POST') {
      writeHtml(response, 405, page('Not allowed', '<h1>Use the buttons on the page</h1>'));
      return true;
    }
    const read = await readBody(request, 4096);
    const form = new URLSearchParams(read.ok ? read.bytes.toString('utf8') : '');
    const decision = form.get('decision');
    const { redirectUrl } = decision === 'deny' ? deny(core, { consentId }) : approve(core, { consentId });
    response.writeHead(303, { location: redirectUrl, 'content-length': '0' });
    response.end();
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    writeHtml(response, error.status, page('Authorization', `<h1>${escapeHtml(error.message)}</h1>`));
  }
  return true;
}
