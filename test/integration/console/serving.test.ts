import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

/** The console is served by the gateway itself, from this repository's source: no CDN, no external URL. */
describe('/console', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });

  it('serves a page that loads only its own assets, with a strict content security policy', async () => {
    const response = await fetch(`${gw.url}/console`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(['data:,', '/console/assets/app.css', '/console/assets/app.js']);
  });

  it('serves the same page for every client-side route (a deep link or a reload works)', async () => {
    const deep = await fetch(`${gw.url}/console/payments/pay_123`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('/console/assets/app.js');
  });

  it('serves the bundle built from console/src, and 404 for an unknown asset', async () => {
    const script = await fetch(`${gw.url}/console/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    const code = await script.text();
    // React, graphql-ws and the console's own operations are inside: nothing is fetched from elsewhere.
    expect(code).toContain('ConsoleViewer');
    expect(code).not.toMatch(/https?:\/\/(?:unpkg|cdn|esm\.sh)/);
    const style = await fetch(`${gw.url}/console/assets/app.css`);
    expect(style.headers.get('content-type')).toContain('text/css');
    expect((await fetch(`${gw.url}/console/assets/other.js`)).status).toBe(404);
  });
});
