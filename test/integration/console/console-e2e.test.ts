import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { collectPageErrors, launchChromium, screenshot } from '../../helpers/browser.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { ISSUE_API_KEY } from '../../helpers/operations.js';
import { pay, startNotifyGateway, type TestMerchant } from '../../helpers/notify-env.js';

/**
 * The web console end to end, in a real Chromium, against a real gateway and the AMS sandbox: the admin onboards a
 * merchant and issues its key; the merchant authorizes a wallet on the sandbox's consent page, pays, watches the
 * payments table change live, refunds; a read-only key sees no action; a wrong key is refused clearly.
 * The steps build on each other (one merchant, one browser), so they run in order in one file.
 */
describe('web console (Chromium)', { timeout: 120_000 }, () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  const clientId = `SANDBOX_${randomBytes(6).toString('hex').toUpperCase()}`;
  const merchantName = `Console shop ${randomBytes(2).toString('hex')}`;
  let merchantId = '';
  let merchantKey = '';
  let authorizationId = '';
  let paymentId = '';
  let otherPaymentRequestId = '';

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 2_500 });
    gw = await startNotifyGateway();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    // Generous: a shared or slow CI machine must not turn a slow render into a failure.
    page.setDefaultTimeout(30_000);
    pageErrors = collectPageErrors(page);
  });

  afterEach(async (test) => {
    // What the page showed when a step failed, beside the run's other screenshots.
    if (test.task.result?.state === 'fail') await screenshot(page, `failed-${test.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
    await sandbox?.close();
  });

  const consoleUrl = (path = '') => `${gw.url}/console${path}`;
  const nav = (target: Page, name: string) => target.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

  async function logIn(target: Page, apiKey: string): Promise<void> {
    await target.goto(consoleUrl());
    await target.getByLabel('API key').fill(apiKey);
    await target.getByRole('button', { name: 'Log in' }).click();
  }

  it('a wrong key gets a clear message and stays on the login page', async () => {
    await logIn(page, 'agw_live_this_is_not_a_key');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This API key is not valid');
    await screenshot(page, '01-wrong-key');
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
  });

  it('the admin onboards a merchant with a key pair generated in the browser (a payload error shows next to its field)', async () => {
    await logIn(page, gw.adminKey);
    await page.getByRole('heading', { name: 'Merchants' }).waitFor();
    // Kept in the tab's sessionStorage, never in the address bar.
    expect(page.url()).not.toContain(gw.adminKey);
    expect(await page.evaluate('Object.values(sessionStorage)')).toContain(gw.adminKey);

    await page.getByRole('link', { name: 'Onboard a merchant' }).click();
    await page.getByLabel('Name').fill(merchantName);
    await page.getByLabel('AMS client id').fill(clientId);
    await page.getByLabel('Another URL (e.g. the sandbox)').check();
    await page.getByLabel('Endpoint URL').fill(sandbox.url);
    await page.getByRole('button', { name: 'Generate a key pair in the browser' }).click();
    const publicKey = await page.getByTestId('generated-public-key').inputValue();
    expect(publicKey).toMatch(/^MIIB[A-Za-z0-9+/=]+$/);
    // The public key goes to "Antom" (here: the sandbox's client registry), as an admin would upload it.
    sandbox.registerClient({ clientId, publicKey });

    await page.getByLabel('Alipay public key').fill('not a key');
    await page.getByRole('button', { name: 'Onboard', exact: true }).click();
    const fieldError = page.locator('.field-error[data-field="alipayPublicKey"]');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toMatch(/alipayPublicKey/);
    await screenshot(page, '02-onboard-field-error');

    await page.getByLabel('Alipay public key').fill(sandbox.alipayPublicKey);
    await page.getByRole('button', { name: 'Onboard', exact: true }).click();
    await page.getByRole('heading', { name: merchantName }).waitFor();
    merchantId = (await page.getByTestId('merchant-id').textContent()) ?? '';
    expect(merchantId).not.toBe('');
    // The stored credential's public key is the one generated in the browser.
    expect(await page.getByTestId('current-public-key').getAttribute('data-key')).toBe(publicKey);
  });

  it('the admin issues an API key: the secret is shown once, with a copy button', async () => {
    await page.getByLabel('Key name').fill('operations desk');
    await page.getByLabel('Role').selectOption('MERCHANT');
    await page.getByRole('button', { name: 'Issue key' }).click();
    merchantKey = (await page.getByTestId('issued-secret').textContent()) ?? '';
    expect(merchantKey).toMatch(/^agw_/);
    await page.getByRole('button', { name: 'Copy secret' }).waitFor();
    await page.locator('tr', { hasText: 'operations desk' }).waitFor();
    await screenshot(page, '03-admin-merchant-key-issued');
    await page.getByRole('button', { name: 'I have saved it' }).click();
    expect(await page.getByTestId('issued-secret').count()).toBe(0);

    await nav(page, 'Merchants').click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(clientId.slice(-6).toLowerCase());
    await page.getByRole('link', { name: merchantName }).waitFor();
    await screenshot(page, '04-admin-merchants');
    await page.getByRole('button', { name: 'Log out' }).click();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
  });

  it('the merchant starts a consult, approves it on the sandbox consent page, and comes back ACTIVE', async () => {
    await logIn(page, merchantKey);
    await page.getByRole('heading', { name: 'Payments' }).waitFor();
    await nav(page, 'Authorizations').click();
    await page.getByRole('button', { name: 'Start a consult' }).click();
    await page.getByRole('button', { name: 'Start consult' }).click();
    await page.getByRole('link', { name: "Open the wallet's consent page" }).click();
    // The sandbox's wallet page, another origin.
    await page.getByRole('button', { name: 'Agree and link' }).click();
    await page.getByRole('heading', { name: 'Back from the wallet' }).waitFor();
    await page.locator('.badge', { hasText: 'ACTIVE' }).waitFor();
    // The authCode is taken out of the address bar at once.
    expect(page.url()).not.toContain('authCode');
    await page.getByRole('link', { name: 'All authorizations' }).click();
    const row = page.locator('tr[data-status="ACTIVE"]');
    await row.waitFor();
    authorizationId = (await row.getAttribute('data-authorization-id')) ?? '';
    await screenshot(page, '05-merchant-authorizations');
  });

  it('the merchant pays and the payments table changes live: in place, and with payments made elsewhere', async () => {
    await nav(page, 'Payments').click();
    await page.locator('[data-live="live"]').waitFor();
    // A marker on this document: a reload would lose it.
    await page.evaluate('window.consoleNotReloaded = true');

    await page.getByRole('button', { name: 'New payment' }).click();
    // "…02": the sandbox answers U (PROCESSING) and succeeds later with notifyPayment.
    await page.getByLabel('Amount').fill('25.02');
    await page.getByLabel('Order description').fill('Monthly plan');
    await page.getByRole('button', { name: 'Pay', exact: true }).click();
    const processing = page.locator('tr[data-status="PROCESSING"]');
    await processing.waitFor();
    paymentId = (await processing.getAttribute('data-payment-id')) ?? '';
    await screenshot(page, '06-payments-processing');
    await page.locator(`tr[data-payment-id="${paymentId}"][data-status="SUCCEEDED"]`).waitFor();

    // Another client (the merchant's backend) pays: the row appears without any action here.
    const other = await pay(gw, { merchantKey } as TestMerchant, authorizationId, '1500');
    expect(other.errors).toEqual([]);
    otherPaymentRequestId = other.payment?.paymentRequestId ?? '';
    await page.locator(`tr[data-payment-id="${other.payment?.id}"]`).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await page.evaluate('window.consoleNotReloaded')).toBe(true);
    await screenshot(page, '07-payments-live');
  });

  it('the merchant refunds from the payment page, after a confirmation; an excessive amount is refused next to the field', async () => {
    await page.locator(`tr[data-payment-id="${paymentId}"] a`).click();
    await page.getByRole('heading', { name: /Payment order-/ }).waitFor();
    await page.getByRole('list', { name: 'Event timeline' }).waitFor();

    await page.getByLabel('Refund amount (PHP)').fill('99.00');
    await page.getByRole('button', { name: 'Refund…' }).click();
    await page.getByRole('button', { name: 'Refund 99.00 PHP' }).click();
    await page.locator('.field-error[data-field="amount.value"]').waitFor();
    expect(await page.locator('.field-error[data-field="amount.value"]').textContent()).toContain('exceeds');

    await page.getByLabel('Refund amount (PHP)').fill('5');
    await page.getByLabel('Reason (shown to the customer)').fill('Damaged item');
    await page.getByRole('button', { name: 'Refund…' }).click();
    await page.getByRole('dialog').getByText('A refund cannot be undone').waitFor();
    await screenshot(page, '08-refund-confirmation');
    await page.getByRole('button', { name: 'Refund 5.00 PHP' }).click();
    await page.locator('tr[data-status="SUCCEEDED"][data-refund-id]').waitFor();
    await expect.poll(() => page.getByTestId('payment-refunded').textContent()).toBe('5.00 PHP');
    await screenshot(page, '09-payment-detail');
  });

  it('a read-only key sees the same data and no action buttons', async () => {
    const issued = await gw.gql<{ issueApiKey: { secret: string | null } }>(ISSUE_API_KEY, { input: { name: 'dashboard', role: 'MERCHANT_READONLY', merchantId } });
    const readonlyKey = issued.body.data?.issueApiKey.secret ?? '';
    const readonly = await context.newPage();
    const readonlyErrors = collectPageErrors(readonly);
    await logIn(readonly, readonlyKey);
    await readonly.locator(`tr[data-payment-id="${paymentId}"]`).waitFor();
    expect(await readonly.getByTestId('role').textContent()).toBe('MERCHANT READONLY');
    expect(await readonly.getByRole('button', { name: 'New payment' }).count()).toBe(0);

    await readonly.locator(`tr[data-payment-id="${paymentId}"] a`).click();
    await readonly.locator('tr[data-refund-id]').waitFor();
    expect(await readonly.getByRole('heading', { name: 'Actions' }).count()).toBe(0);
    expect(await readonly.getByRole('button', { name: /Refund|Cancel/ }).count()).toBe(0);
    await screenshot(readonly, '10-readonly-payment');

    await nav(readonly, 'Authorizations').click();
    await readonly.locator('tr[data-status="ACTIVE"]').waitFor();
    expect(await readonly.getByRole('button', { name: /Start a consult|Revoke/ }).count()).toBe(0);
    // Only "Log out", the pager and nothing that changes data.
    const buttons = await readonly.getByRole('button').allTextContents();
    expect(buttons.filter((b) => !['Log out', 'Previous page', 'Next page'].includes(b))).toEqual([]);
    expect(readonlyErrors).toEqual([]);
    await readonly.close();
  });

  it('the admin sees jobs and breakers, uploads a report, and resolves its discrepancy with a note', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await logIn(page, gw.adminKey);
    await nav(page, 'Jobs').click();
    await page.getByText('Dead letters').waitFor();
    await nav(page, 'Outbound').click();
    await page.locator('tr', { hasText: sandbox.url }).waitFor();
    await screenshot(page, '11-admin-outbound');

    // The sandbox's transaction report of today (UTC+8), with one amount altered: one AMOUNT_MISMATCH.
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
    const report = await fetch(`${sandbox.url}/__sandbox/reports/transactions?clientId=${clientId}&date=${day}`);
    expect(report.status).toBe(200);
    const fileName = report.headers.get('x-report-name') ?? `transactionItems_${day}_000.csv`;
    const altered = (await report.text())
      .split('\n')
      .map((line) => (line.includes(otherPaymentRequestId) ? line.replace(',15.00,', ',16.00,') : line))
      .join('\n');
    expect(altered).toContain(',16.00,');

    await nav(page, 'Reconciliation').click();
    await page.getByLabel('Merchant', { exact: true }).selectOption(merchantId);
    await page.getByLabel('Report file (CSV)').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(altered) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(/Imported .*1 discrepancies/).waitFor();
    const row = page.locator('tr[data-discrepancy-id]', { hasText: 'AMOUNT MISMATCH' });
    await row.waitFor();
    await screenshot(page, '12-admin-reconciliation');
    await row.getByRole('button', { name: 'Resolve…' }).click();
    await page.getByLabel('Note (what was done)').fill('Antom confirmed 15.00; report typo');
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await page.getByText('No open discrepancies.').waitFor();
    await page.getByLabel('Discrepancies', { exact: true }).selectOption('RESOLVED');
    await page.locator('tr[data-discrepancy-id]', { hasText: 'Antom confirmed 15.00' }).waitFor();
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
