import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from '../../helpers/browser.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { ISSUE_API_KEY } from '../../helpers/operations.js';
import { appendEvents, createWebhookMerchant, startWebhookGateway, type WebhookMerchant } from '../../helpers/webhook-env.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.js';

/**
 * The console's webhook screens in a real Chromium, against a real gateway delivering to a real local receiver that
 * verifies every signature with the Standard Webhooks reference verifier: the merchant registers an endpoint and sees
 * its secret once, sends a test ping and watches it arrive in the delivery log with the receiver's status code,
 * replays it (the receiver gets the same webhook-id again) and replays everything since a time; rotates the secret;
 * a read-only key sees no action; the admin sees every merchant's endpoints; disable, enable and delete are confirmed.
 */
describe('web console: webhook endpoints (Chromium)', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  let shop: WebhookMerchant;
  let receiver: WebhookReceiver;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  const startedAt = new Date(Date.now() - 60_000);
  let endpointId = '';
  let pingWebhookId = '';

  beforeAll(async () => {
    gw = await startWebhookGateway();
    shop = await createWebhookMerchant(gw, 'Console hooks');
    receiver = await startWebhookReceiver();
    receiver.answer = () => ({ status: 200, body: JSON.stringify({ received: true, handler: 'order backend', note: 'queued for processing, '.repeat(8) }) });
    browser = await launchChromium();
    // UTC: the "since" field is read in the browser's zone.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    pageErrors = collectPageErrors(page);
  });

  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await screenshot(page, `failed-webhooks-${test.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await gw?.close();
  });

  const nav = (target: Page, name: string) => target.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  const deliveryRow = (target: Page, webhookId: string) => target.locator(`tr[data-webhook-id="${webhookId}"]`);

  async function logIn(target: Page, apiKey: string): Promise<void> {
    await target.goto(`${gw.url}/console`);
    await target.getByLabel('API key').fill(apiKey);
    await target.getByRole('button', { name: 'Log in' }).click();
    await target.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  it('the merchant registers an endpoint (a bad event type is refused next to its field) and sees its secret once', async () => {
    await logIn(page, shop.merchantKey);
    await nav(page, 'Webhooks').click();
    await page.getByText('No webhook endpoints yet.').waitFor();

    await page.getByRole('button', { name: 'Add an endpoint' }).click();
    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByLabel('Only these').check();
    await page.getByLabel('Event types').fill('payments');
    await page.getByLabel('Description').fill('Order backend');
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    const fieldError = page.locator('.field-error[data-field="eventTypes"]');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain('AGGREGATE.TYPE');
    await screenshot(page, 'webhooks-01-field-error');

    await page.getByLabel('Every event').check();
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.secrets = [secret];
    await page.getByRole('button', { name: 'Copy secret' }).waitFor();
    const row = page.locator('tr[data-endpoint-id]', { hasText: receiver.url });
    await row.waitFor();
    endpointId = (await row.getAttribute('data-endpoint-id')) ?? '';
    await screenshot(page, 'webhooks-02-secret-once');
    await page.getByRole('button', { name: 'I have saved it' }).click();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    // Never again: not on the endpoint's page, not in what the API sends it.
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it('a test ping reaches the receiver and shows in the delivery log with its status code; a replay sends the same webhook-id', async () => {
    await page.getByRole('button', { name: 'Send test ping' }).click();
    const [ping] = await receiver.until((all) => all.length >= 1, 15_000, 'the test ping');
    expect(ping?.body.type).toBe('WEBHOOK.PING');
    pingWebhookId = ping?.webhookId ?? '';
    await page.getByRole('status').filter({ hasText: `Ping ${pingWebhookId} queued` }).waitFor();
    // The log follows the PENDING delivery until its outcome, without a reload.
    await page.locator(`tr[data-webhook-id="${pingWebhookId}"][data-status="DELIVERED"][data-status-code="200"]`).waitFor();
    const row = deliveryRow(page, pingWebhookId);
    expect(await row.getByTestId('attempt-status').allTextContents()).toEqual(['200']);
    // The answer's body, shortened in the table.
    expect(await row.locator('summary').first().textContent()).toContain('{"received":true,"handler":"order backend"');

    await row.getByRole('button', { name: `Replay ${pingWebhookId}` }).click();
    const again = await receiver.until((all) => all.length >= 2, 15_000, 'the replayed ping');
    expect(again[1]?.webhookId).toBe(pingWebhookId);
    await page.locator(`tr[data-webhook-id="${pingWebhookId}"][data-status="DELIVERED"][data-attempts="2"]`).waitFor();
    expect(receiver.rejected).toEqual([]);
    await screenshot(page, 'webhooks-03-delivery-log');
  });

  it('"replay everything since" sends the events of the log again, with their webhook-ids', async () => {
    const [eventId] = await appendEvents(gw, shop.id, [{ aggregateId: 'pay_console_1', type: 'CREATED', toStatus: 'PENDING' }]);
    const eventWebhookId = `msg_${eventId}`;
    await receiver.until((all) => all.some((w) => w.webhookId === eventWebhookId), 15_000, 'the event');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator(`tr[data-webhook-id="${eventWebhookId}"][data-status="DELIVERED"]`).waitFor();

    await page.getByLabel('Since (your local time)').fill(startedAt.toISOString().slice(0, 19));
    await page.getByRole('button', { name: 'Replay since…' }).click();
    await page.getByRole('dialog').getByText('with its original webhook-id').waitFor();
    await page.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.getByText(/\d+ messages queued again\./).waitFor();
    await receiver.until((all) => all.filter((w) => w.webhookId === eventWebhookId).length >= 2, 15_000, 'the replayed event');
  });

  it('rotating the secret (confirmed) shows the new one once, and the next ping is signed with it', async () => {
    await page.getByLabel('Old secret keeps signing for (seconds)').fill('0');
    await page.getByRole('button', { name: 'Rotate secret…' }).click();
    await page.getByRole('button', { name: 'Rotate', exact: true }).click();
    const rotated = (await page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(rotated).toMatch(/^whsec_/);
    expect(receiver.secrets).not.toContain(rotated);
    // Only the new secret verifies from now on: the receiver forgets the old one.
    receiver.secrets = [rotated];
    await page.getByRole('button', { name: 'I have saved it' }).click();
    const before = receiver.received.length;
    await page.getByRole('button', { name: 'Send test ping' }).click();
    await receiver.until((all) => all.length > before, 15_000, 'a ping signed with the new secret');
    expect(receiver.rejected).toEqual([]);
  });

  it('a read-only key sees the endpoint and its log, and no action', async () => {
    const issued = await gw.gql<{ issueApiKey: { secret: string | null } }>(ISSUE_API_KEY, { input: { name: 'viewer', role: 'MERCHANT_READONLY', merchantId: shop.id } });
    const readonly = await context.newPage();
    const readonlyErrors = collectPageErrors(readonly);
    await logIn(readonly, issued.body.data?.issueApiKey.secret ?? '');
    await nav(readonly, 'Webhooks').click();
    await readonly.locator(`tr[data-endpoint-id="${endpointId}"] a`).click();
    await deliveryRow(readonly, pingWebhookId).waitFor();
    expect(await readonly.getByRole('heading', { name: 'Actions' }).count()).toBe(0);
    const buttons = await readonly.getByRole('button').allTextContents();
    expect(buttons.filter((b) => !['Log out', 'Refresh', 'Previous page', 'Next page'].includes(b))).toEqual([]);
    expect(readonlyErrors).toEqual([]);
    await readonly.close();
  });

  it("the admin sees every merchant's endpoints and a merchant's log, and adds one for it", async () => {
    const admin = await context.newPage();
    await logIn(admin, gw.adminKey);
    await nav(admin, 'Webhooks').click();
    const row = admin.locator(`tr[data-endpoint-id="${endpointId}"]`);
    await row.getByText(shop.id).waitFor();
    await row.getByRole('link', { name: receiver.url }).click();
    await deliveryRow(admin, pingWebhookId).waitFor();
    // One merchant's endpoints: the admin adds one for it, and its secret is shown once there too.
    await admin.getByRole('link', { name: '← Webhook endpoints' }).click();
    await admin.getByRole('button', { name: 'Add an endpoint' }).click();
    await admin.getByLabel('Endpoint URL').fill(`${receiver.url}/admin`);
    await admin.getByLabel('Description').fill('Added by the platform');
    await admin.getByRole('button', { name: 'Create endpoint' }).click();
    expect(await admin.getByTestId('webhook-secret').textContent()).toMatch(/^whsec_/);
    const added = admin.locator('tr[data-endpoint-id]', { hasText: 'Added by the platform' });
    await added.waitFor();
    const addedId = (await added.getAttribute('data-endpoint-id')) ?? '';
    await admin.close();
    // It is the merchant's: its key sees it (and deletes it, so that the merchant's list holds only the first again).
    const mine = await gw.gql<{ deleteWebhookEndpoint: { deletedId: string | null } }>(
      `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId } }`,
      { id: addedId },
      shop.merchantKey,
    );
    expect(mine.body.data?.deleteWebhookEndpoint.deletedId).toBe(addedId);
  });

  it('disable and delete ask first; enable works again', async () => {
    await page.getByRole('button', { name: 'Disable…' }).click();
    await page.getByRole('dialog').getByText('Deliveries stop').waitFor();
    await page.getByRole('button', { name: 'Disable', exact: true }).click();
    await page.getByRole('heading', { name: /DISABLED/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Send test ping' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Enable', exact: true }).click();
    await page.getByRole('heading', { name: /ENABLED/ }).waitFor();

    await page.getByRole('button', { name: 'Delete endpoint…' }).click();
    // "Go back" first: nothing is deleted.
    await page.getByRole('button', { name: 'Go back' }).click();
    await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    await page.getByRole('button', { name: 'Delete endpoint…' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('No webhook endpoints yet.').waitFor();
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
