import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { ConfigError } from '../../../src/config/errors.js';
import { RETENTION_QUEUE } from '../../../src/jobs/job-kinds.js';
import { encodeCursor } from '../../../src/modules/pagination.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { startTestGateway } from '../../helpers/gateway.js';
import { subscribe, waitFor } from '../../helpers/notify-env.js';
import { RetentionSeed } from '../../helpers/retention-seed.js';
import { appendEvents, createWebhookMerchant, type WebhookMerchant } from '../../helpers/webhook-env.js';

const ENV = {
  JOBS_POLL_SECONDS: '0.5',
  JOBS_MAINTENANCE_SECONDS: '1',
  RETENTION_EVENTS_DAYS: '30',
  RETENTION_INBOX_DAYS: '7',
  RETENTION_WEBHOOK_DAYS: '14',
  RETENTION_BATCH_SIZE: '100',
  RETENTION_JOBS_COMPLETED_SECONDS: '1',
  RETENTION_JOBS_ARCHIVE_SECONDS: '1',
};

const EVENTS_AFTER = /* GraphQL */ `query($after: String) { events(after: $after, first: 5) { nodes { id } } }`;

describe('retention', () => {
  let gw: TestGateway;
  let seed: RetentionSeed;
  let shop: WebhookMerchant;
  let oldSettled: string[];
  let oldOpen: string[];
  let keptByDelivery: string;
  let young: string[];
  /** The largest event id retention removed (the paid cycle's event, appended last among the old ones). */
  let prunedThrough: string;

  beforeAll(async () => {
    gw = await startTestGateway(ENV);
    seed = await RetentionSeed.open(gw);
    shop = await createWebhookMerchant(gw, 'Retention shop');
  });
  afterAll(async () => {
    await seed?.close();
    await gw?.close();
  });

  it('removes expired events, inbox rows and deliveries in bounded batches, keeping young rows and what unresolved records need', async () => {
    await seed.authorization(shop.id, 'aut_ret', 'REVOKED');
    await seed.payment(shop.id, 'aut_ret', 'pay_settled', 'SUCCEEDED');
    await seed.payment(shop.id, 'aut_ret', 'pay_open', 'PROCESSING');
    oldSettled = await appendEvents(gw, shop.id, Array.from({ length: 250 }, () => ({ aggregateId: 'pay_settled' })));
    oldOpen = await appendEvents(gw, shop.id, [{ aggregateId: 'pay_open', toStatus: 'PROCESSING' }, { aggregateId: 'pay_open', toStatus: 'PROCESSING' }]);
    [keptByDelivery] = (await appendEvents(gw, shop.id, [{ aggregateId: 'pay_settled' }])) as [string];
    // What the schedules and reconciliation modules still refer to: a running schedule's own events, an open cycle's
    // events, a disputed payment's events. A paid cycle's event goes.
    await seed.payment(shop.id, 'aut_ret', 'pay_disputed', 'SUCCEEDED');
    await seed.discrepancy(shop.id, 'dis_open', 'pay_disputed', 'OPEN');
    await seed.schedule(shop.id, 'aut_ret', 'sch_live', 'ACTIVE');
    await seed.cycle(shop.id, 'sch_live', 'cyc_open', 2, 'RETRY_SCHEDULED');
    await seed.cycle(shop.id, 'sch_live', 'cyc_paid', 1, 'PAID');
    const keptByModules = await appendEvents(gw, shop.id, [
      { aggregateId: 'pay_disputed' },
      { aggregateType: 'SCHEDULE', aggregateId: 'sch_live', type: 'SCHEDULE_UPDATED', toStatus: 'ACTIVE' },
      { aggregateType: 'SCHEDULE', aggregateId: 'sch_live', type: 'RETRY_SCHEDULED', payload: { cycleId: 'cyc_open', cycleNumber: 2 } },
    ]);
    const [paidCycleEvent] = (await appendEvents(gw, shop.id, [{ aggregateType: 'SCHEDULE', aggregateId: 'sch_live', type: 'CYCLE_PAID', payload: { cycleId: 'cyc_paid', cycleNumber: 1 } }])) as [string];
    young = await appendEvents(gw, shop.id, Array.from({ length: 5 }, () => ({ aggregateId: 'pay_settled' })));
    await seed.ageEvents([...oldSettled, ...oldOpen, keptByDelivery, ...keptByModules, paidCycleEvent], 40);
    // Retention never passes the webhook fan-out: let it move over everything first.
    const last = young[young.length - 1]!;
    await waitFor(async () => {
      const [row] = await seed.query<{ id: string }>(`select last_event_id::text as id from webhook_cursor`);
      return BigInt(row!.id) >= BigInt(last) ? true : undefined;
    }, 10_000, 'the webhook fan-out to pass the seeded events');

    await seed.disabledEndpoint(shop.id, 'whe_ret');
    const deliveredOld = await seed.delivery('whe_ret', shop.id, oldSettled[0]!, 'DELIVERED', 2, 20);
    const failedOld = await seed.delivery('whe_ret', shop.id, oldSettled[1]!, 'FAILED', 3, 20);
    const pendingOld = await seed.delivery('whe_ret', shop.id, keptByDelivery, 'PENDING', 1, 20);
    const deliveredYoung = await seed.delivery('whe_ret', shop.id, young[0]!, 'DELIVERED', 1, 1);

    await seed.inbox(shop.id, 'ntf_settled_old', 'payment', 'pay_settled', 'APPLIED', 10);
    await seed.inbox(shop.id, 'ntf_open_old', 'payment', 'pay_open', 'APPLIED', 10);
    await seed.inbox(shop.id, 'ntf_unmatched_old', 'payment', null, 'UNMATCHED', 10);
    await seed.inbox(shop.id, 'ntf_settled_young', 'payment', 'pay_settled', 'APPLIED', 1);

    const report = await gw.gateway.services.retention.run();

    // Several bounded batches, each one short statement.
    expect(report.events).toEqual({ deleted: 251, batches: [100, 100, 51] });
    expect(await seed.existing('events', [...oldSettled, ...oldOpen, keptByDelivery, ...keptByModules, paidCycleEvent, ...young])).toEqual(
      [...oldOpen, keptByDelivery, ...keptByModules, ...young].sort(),
    );
    // The delivery still being attempted keeps its attempt; the young one stays.
    expect(report.webhook_attempts?.deleted).toBe(5);
    expect(report.webhook_messages?.deleted).toBe(2);
    expect(await seed.existing('webhook_messages', [deliveredOld, failedOld, pendingOld, deliveredYoung])).toEqual([pendingOld, deliveredYoung].sort());
    const attempts = await seed.query<{ message_id: string }>(`select message_id::text as message_id from webhook_attempts order by message_id`);
    expect(attempts.map((a) => a.message_id)).toEqual([pendingOld, deliveredYoung].sort());
    // Inbox: the unresolved payment's notification and the unmatched one stay.
    expect(report.notification_inbox?.deleted).toBe(1);
    expect(await seed.existing('notification_inbox', ['ntf_settled_old', 'ntf_open_old', 'ntf_unmatched_old', 'ntf_settled_young'])).toEqual(
      ['ntf_open_old', 'ntf_settled_young', 'ntf_unmatched_old'],
    );
    const [mark] = await seed.query<{ pruned: string }>(`select pruned_through::text as pruned from event_retention_marks where merchant_id = $1`, [shop.id]);
    expect(mark?.pruned).toBe(paidCycleEvent);
    prunedThrough = paidCycleEvent;

    // A second run finds nothing more.
    const again = await gw.gateway.services.retention.run();
    expect(again.events).toEqual({ deleted: 0, batches: [] });
  });

  it('refuses a resume cursor older than what retention removed, in the events query and in subscriptions', async () => {
    const stale = encodeCursor(oldSettled[10]!);
    const refused = await gw.gql(EVENTS_AFTER, { after: stale }, shop.merchantKey);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('CURSOR_EXPIRED');
    expect(refused.body.errors?.[0]?.message).toContain(`after: the cursor is older than the event log's retention (events up to id ${prunedThrough} were removed`);

    const fresh = await gw.gql<{ events: { nodes: Array<{ id: string }> } }>(EVENTS_AFTER, { after: encodeCursor(prunedThrough) }, shop.merchantKey);
    expect(fresh.body.errors).toBeUndefined();
    expect(fresh.body.data?.events.nodes[0]?.id).toBe(young[0]);

    const sub = subscribe(gw.url, shop.merchantKey, `subscription($after: String) { events(after: $after) { id } }`, { after: stale });
    try {
      await waitFor(() => (sub.errors.length > 0 ? true : undefined), 10_000, 'the subscription to be refused');
      expect(JSON.stringify(sub.errors)).toContain('CURSOR_EXPIRED');
      expect(sub.items).toEqual([]);
    } finally {
      await sub.dispose();
    }
    // Another merchant's cursors are not affected by this merchant's removals.
    const other = await createWebhookMerchant(gw, 'Untouched shop');
    const unaffected = await gw.gql(EVENTS_AFTER, { after: stale }, other.merchantKey);
    expect(unaffected.body.errors).toBeUndefined();
  });

  it("prunes pg-boss's job rows through pg-boss's own maintenance and keeps the retention job queued", async () => {
    const boss = gw.gateway.jobs!.boss;
    expect(await boss.getQueueSize(RETENTION_QUEUE)).toBe(1);
    const queue = 'retention-probe';
    await boss.createQueue(queue);
    const id = await boss.send(queue, {});
    const [job] = await boss.fetch(queue);
    expect(job?.id).toBe(id);
    await boss.complete(queue, id!);
    await waitFor(async () => {
      await boss.maintain();
      return (await boss.getJobById(queue, id!, { includeArchive: true })) === null ? true : undefined;
    }, 20_000, 'the completed job to be archived and then deleted');
  });

  it('refuses an inbox retention not longer than the accepted notification skew', () => {
    expect(() => loadConfig({ RETENTION_INBOX_DAYS: '1', NOTIFY_MAX_SKEW_SECONDS: '90000', DATABASE_URL: 'postgres://x@127.0.0.1/x', MASTER_KEY: Buffer.alloc(32, 1).toString('base64') })).toThrow(ConfigError);
    expect(() => loadConfig({ RETENTION_INBOX_DAYS: '1', NOTIFY_MAX_SKEW_SECONDS: '90000', DATABASE_URL: 'postgres://x@127.0.0.1/x', MASTER_KEY: Buffer.alloc(32, 1).toString('base64') })).toThrow(/RETENTION_INBOX_DAYS/);
  });
});
