import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from '../../helpers/browser.js';
import { startScheduleWorld, type ScheduleWorld } from '../schedules/schedule-helpers.js';

const DAY = 86_400_000;

/**
 * The console's billing schedule screens in a real Chromium, against a real gateway and the sandbox sharing one
 * injectable clock (the schedules tests' world): the merchant creates a daily schedule on an ACTIVE authorization (a
 * bad RRULE refused next to its field first), sees cycle 1 charged live with a link to its payment, pauses and
 * resumes it, changes the amount, and — the clock moved a day on — sees cycle 2 charged at the new amount; a
 * read-only key sees no action; cancel asks first.
 */
describe('web console: billing schedules (Chromium)', { timeout: 150_000 }, () => {
  let w: ScheduleWorld;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let scheduleId = '';

  beforeAll(async () => {
    // Starts now: the browser's clock and the gateway's agree until the test moves the gateway's on.
    w = await startScheduleWorld(new Date());
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    pageErrors = collectPageErrors(page);
  }, 180_000);

  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await screenshot(page, `failed-schedules-${test.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  const nav = (target: Page, name: string) => target.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  const cycle = (target: Page, n: number, status: string) => target.locator(`tr[data-cycle-number="${n}"][data-status="${status}"]`);

  async function logIn(target: Page, apiKey: string): Promise<void> {
    await target.goto(`${w.h.gateway.url}/console`);
    await target.getByLabel('API key').fill(apiKey);
    await target.getByRole('button', { name: 'Log in' }).click();
    await target.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  it('the merchant creates a daily schedule (a bad RRULE is refused next to its field) and sees cycle 1 charged live', async () => {
    await logIn(page, w.merchant.key);
    await nav(page, 'Schedules').click();
    await page.getByText('No schedules yet.').waitFor();
    await page.getByRole('button', { name: 'New schedule' }).click();
    await page.getByLabel('Authorization').selectOption(w.authorizationId);
    await page.getByLabel('Amount per cycle').fill('9.99');
    await page.getByLabel('Description', { exact: true }).fill('Daily coffee plan');
    await page.getByLabel('Repeats').selectOption('RRULE');
    await page.getByLabel('RRULE').fill('FREQ=SECONDLY');
    await page.getByRole('button', { name: 'Create schedule' }).click();
    const fieldError = page.locator('.field-error[data-field="recurrence.rrule"]');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain('at most hourly');
    await screenshot(page, 'schedules-01-field-error');

    await page.getByLabel('Repeats').selectOption('DAILY');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('UTC');
    // No start: the first occurrence is now, charged by the next tick.
    await page.getByRole('button', { name: 'Create schedule' }).click();
    await page.getByRole('heading', { name: /Daily coffee plan/ }).waitFor();
    scheduleId = (await page.getByTestId('schedule-id').textContent()) ?? '';
    expect(scheduleId).toMatch(/^sch_/);
    await cycle(page, 1, 'PAID').waitFor();
    expect(await page.getByRole('list', { name: 'Event timeline' }).textContent()).toContain('CYCLE PAID');
  });

  it('cycle 1 links to its payment, an ordinary SUCCEEDED payment that links back to its schedule', async () => {
    await page.getByRole('link', { name: 'Payment of cycle 1, attempt 1' }).click();
    await page.getByRole('heading', { name: /Payment .*SUCCEEDED/ }).waitFor();
    expect(await page.getByTestId('payment-amount').textContent()).toBe('9.99 PHP');
    // And back from the payment to its schedule.
    await page.getByRole('link', { name: 'Cycle 1, attempt 1' }).click();
    await cycle(page, 1, 'PAID').waitFor();
  });

  it('pause and resume ask first; the amount changes for later cycles; a day later cycle 2 is charged at the new amount', async () => {
    await page.getByRole('button', { name: 'Pause…' }).click();
    await page.getByRole('dialog').getByText('occurrences that fall in the pause are skipped').waitFor();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('heading', { name: /PAUSED/ }).waitFor();
    await page.getByRole('button', { name: 'Resume…' }).click();
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.getByRole('heading', { name: /ACTIVE/ }).waitFor();

    await page.getByLabel('New amount per cycle (PHP)').fill('12.50');
    await page.getByRole('button', { name: 'Change amount…' }).click();
    await page.getByRole('button', { name: 'Charge 12.50 PHP' }).click();
    await expect.poll(() => page.getByTestId('schedule-amount').textContent()).toBe('12.50 PHP');

    const schedule = await w.read(scheduleId);
    expect(Date.parse(schedule.nextDueAt ?? '')).toBe(Date.parse(schedule.startAt) + DAY);
    w.travelTo(new Date(Date.parse(schedule.nextDueAt ?? '') + 1000));
    // Live: no reload, the subscription brings the new cycle.
    await cycle(page, 2, 'PAID').waitFor();
    expect(await cycle(page, 2, 'PAID').locator('td.num').nth(1).textContent()).toBe('12.50 PHP');
    expect(await cycle(page, 1, 'PAID').locator('td.num').nth(1).textContent()).toBe('9.99 PHP');
    await screenshot(page, 'schedules-02-detail');
  });

  it('the schedules list shows it live; a read-only key sees it and no action', async () => {
    await page.getByRole('link', { name: '← Schedules' }).click();
    await page.locator(`tr[data-schedule-id="${scheduleId}"][data-status="ACTIVE"]`).waitFor();
    await page.locator('[data-live="live"]').waitFor();
    await screenshot(page, 'schedules-03-list');

    const readonly = await context.newPage();
    const readonlyErrors = collectPageErrors(readonly);
    await logIn(readonly, w.merchant.readonlyKey);
    await nav(readonly, 'Schedules').click();
    expect(await readonly.getByRole('button', { name: 'New schedule' }).count()).toBe(0);
    await readonly.locator(`tr[data-schedule-id="${scheduleId}"] a`).click();
    await cycle(readonly, 2, 'PAID').waitFor();
    expect(await readonly.getByRole('heading', { name: 'Actions' }).count()).toBe(0);
    const buttons = await readonly.getByRole('button').allTextContents();
    expect(buttons.filter((b) => !['Log out', 'Previous page', 'Next page'].includes(b))).toEqual([]);
    expect(readonlyErrors).toEqual([]);
    await readonly.close();
  });

  it('cancel asks first and is final', async () => {
    await page.locator(`tr[data-schedule-id="${scheduleId}"] a`).click();
    await page.getByRole('button', { name: 'Cancel schedule…' }).click();
    await page.getByRole('dialog').getByText('This cannot be undone').waitFor();
    await page.getByRole('button', { name: 'Cancel the schedule' }).click();
    await page.getByRole('heading', { name: /CANCELLED/ }).waitFor();
    expect(await page.getByRole('button', { name: /Pause|Resume|Change amount/ }).count()).toBe(0);
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
