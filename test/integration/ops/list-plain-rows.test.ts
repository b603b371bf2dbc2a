import type { EntityMetadata, EntityName } from '@mikro-orm/core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/modules/access/actor.js';
import { Authorization } from '../../../src/modules/authorizations/authorization.entity.js';
import { Declaration } from '../../../src/modules/declarations/declaration.entity.js';
import { GatewayEvent } from '../../../src/modules/events/event.entity.js';
import type { Page } from '../../../src/modules/pagination.js';
import { Payment } from '../../../src/modules/payments/payment.entity.js';
import { ReconciliationDiscrepancy } from '../../../src/modules/reconciliation/reconciliation-discrepancy.entity.js';
import { ReconciliationImport } from '../../../src/modules/reconciliation/reconciliation-import.entity.js';
import { Refund } from '../../../src/modules/refunds/refund.entity.js';
import { Registration } from '../../../src/modules/registrations/registration.entity.js';
import { createRequestScope, type RequestScope } from '../../../src/modules/request-scope.js';
import { ScheduleCycle } from '../../../src/modules/schedules/cycle.entity.js';
import { Schedule } from '../../../src/modules/schedules/schedule.entity.js';
import { ID_PREFIXES } from '../../../src/modules/shared/id-prefixes.js';
import { scopeToTenant } from '../../../src/persistence/tenant-filter.js';
import { newId } from '../../../src/shared/ids.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { createWebhookMerchant } from '../../helpers/webhook-env.js';

/**
 * Lists read plain rows, not entities (modules/shared/listing.ts). These tests hold that reading to the ORM's: every
 * listed record type and the event log, with every column set and with every nullable column null, reads the same values through the
 * list as through `em.find`; and a merchant's lists show only its own rows, as the tenant filter would.
 */

interface Listed {
  name: string;
  entity: EntityName<object>;
  /** Its id prefix; null: the database draws the id (the event log's sequence). */
  prefix: string | null;
  order: 'asc' | 'desc';
  /** The foreign keys and merchant of a row of this type, given the rows made before it for the same merchant. */
  links: (made: Map<string, string>, merchantId: string) => Record<string, string>;
  list: (gw: TestGateway, scope: RequestScope) => Promise<Page<{ id: string }>>;
}

const page = { first: 100, after: null };

// In foreign-key order: each type's links point at rows made before it.
const LISTED: Listed[] = [
  { name: 'Authorization', entity: Authorization, prefix: ID_PREFIXES.authorization, order: 'desc', links: (_, merchantId) => ({ merchantId }), list: (gw, scope) => gw.gateway.services.authorizations.list(scope, {}, page) },
  {
    name: 'Payment',
    entity: Payment,
    prefix: ID_PREFIXES.payment, order: 'desc',
    links: (made, merchantId) => ({ merchantId, authorizationId: made.get('Authorization')! }),
    list: (gw, scope) => gw.gateway.services.payments.list(scope, {}, page),
  },
  { name: 'Refund', entity: Refund, prefix: ID_PREFIXES.refund, order: 'desc', links: (made, merchantId) => ({ merchantId, paymentId: made.get('Payment')! }), list: (gw, scope) => gw.gateway.services.refunds.list(scope, {}, page) },
  {
    name: 'Declaration',
    entity: Declaration,
    prefix: ID_PREFIXES.declaration, order: 'desc',
    links: (made, merchantId) => ({ merchantId, paymentId: made.get('Payment')! }),
    list: (gw, scope) => gw.gateway.services.declarations.list(scope, {}, page),
  },
  { name: 'Registration', entity: Registration, prefix: ID_PREFIXES.registration, order: 'desc', links: (_, merchantId) => ({ merchantId }), list: (gw, scope) => gw.gateway.services.registrations.list(scope, {}, page) },
  {
    name: 'Schedule',
    entity: Schedule,
    prefix: ID_PREFIXES.schedule, order: 'desc',
    links: (made, merchantId) => ({ merchantId, authorizationId: made.get('Authorization')! }),
    list: (gw, scope) => gw.gateway.services.schedules.list(scope, {}, page),
  },
  {
    name: 'ScheduleCycle',
    entity: ScheduleCycle,
    prefix: ID_PREFIXES.scheduleCycle, order: 'desc',
    links: (made, merchantId) => ({ merchantId, scheduleId: made.get('Schedule')! }),
    list: (gw, scope) => gw.gateway.services.schedules.listCycles(scope, {}, page),
  },
  {
    name: 'ReconciliationImport',
    entity: ReconciliationImport,
    prefix: ID_PREFIXES.reconciliationImport, order: 'desc',
    links: (_, merchantId) => ({ merchantId }),
    list: (gw, scope) => gw.gateway.services.reconciliation.listImports(scope, null, page),
  },
  {
    name: 'ReconciliationDiscrepancy',
    entity: ReconciliationDiscrepancy,
    prefix: ID_PREFIXES.discrepancy, order: 'desc',
    links: (made, merchantId) => ({ merchantId, importId: made.get('ReconciliationImport')! }),
    list: (gw, scope) => gw.gateway.services.reconciliation.listDiscrepancies(scope, {}, page),
  },
  { name: 'GatewayEvent', entity: GatewayEvent, prefix: null, order: 'asc', links: (_, merchantId) => ({ merchantId }), list: (gw, scope) => gw.gateway.services.events.list(scope, { after: null, first: 100 }) },
];

/** A value for every column of the entity (`full`), or for the required ones only (nullable columns left null). */
function sampleRow(meta: EntityMetadata, id: string | null, tag: string, full: boolean, links: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = id === null ? {} : { id };
  let n = 0;
  for (const property of Object.values(meta.properties)) {
    const name = property.name as string;
    if (name === 'id' || name in links) continue;
    n++;
    if (property.nullable && !full) {
      row[name] = null;
      continue;
    }
    const type = property.columnTypes[0]!;
    if (type === 'text') row[name] = `${name}_${tag}`;
    else if (type.startsWith('timestamp')) row[name] = new Date(Date.UTC(2026, 0, 1 + n, 12, n, n, n));
    else if (type === 'jsonb') row[name] = { tag, n, nested: [1, 'two', null, { deep: true }] };
    else if (type === 'int') row[name] = n;
    else if (type === 'boolean') row[name] = full;
    // Beyond 2^53: the money type keeps every digit, as a string.
    else if (type === 'bigint') row[name] = `9007199254740${100 + n}`;
    else throw new Error(`no sample for ${meta.className}.${name} (${type})`);
  }
  return { ...row, ...links };
}

describe('lists read plain rows that equal the ORM entities', () => {
  let gw: TestGateway;
  const merchants: string[] = [];
  /** Ids made per merchant and type. */
  const ids = new Map<string, string[]>();
  const scopeOf = (actor: Actor) => createRequestScope(gw.gateway.orm.em, actor, 'list-test', pino({ level: 'silent' }));
  const admin = { role: 'PLATFORM_ADMIN', merchantId: null, keyId: 'test' } as Actor;

  beforeAll(async () => {
    gw = await startTestGateway({ JOBS_ENABLED: 'false' });
    for (const name of ['Plain A', 'Plain B']) merchants.push((await createWebhookMerchant(gw, name)).id);
    const em = gw.gateway.orm.em.fork();
    for (const merchantId of merchants) {
      for (const full of [true, false]) {
        const made = new Map<string, string>();
        for (const listed of LISTED) {
          const tag = `${merchantId}_${full ? 'full' : 'bare'}`;
          const row = sampleRow(em.getMetadata().get(listed.name), listed.prefix === null ? null : newId(listed.prefix), tag, full, listed.links(made, merchantId));
          const entity = em.create(listed.entity, row as never) as { id: string };
          await em.flush();
          const id = entity.id;
          made.set(listed.name, id);
          const key = `${merchantId}:${listed.name}`;
          ids.set(key, [...(ids.get(key) ?? []), id]);
        }
      }
    }
  });
  afterAll(async () => {
    await gw?.close();
  });

  for (const listed of LISTED) {
    it(`${listed.name}: every property as em.find hydrates it, in the list's order`, async () => {
      const listedRows = (await listed.list(gw, scopeOf(admin))).items;
      const em = gw.gateway.orm.em.fork();
      scopeToTenant(em, { merchantId: null });
      const entities = await em.find(listed.entity, {} as never, { orderBy: { id: listed.order } as never });
      expect(listedRows.map((r) => r.id)).toEqual(entities.map((e) => (e as { id: string }).id));
      expect(listedRows.length).toBeGreaterThanOrEqual(4);
      const properties = Object.keys(em.getMetadata().get(listed.name).properties).sort();
      for (const [index, row] of listedRows.entries()) {
        expect(Object.keys(row).sort()).toEqual(properties);
        const entity = entities[index] as Record<string, unknown>;
        for (const property of properties) expect((row as Record<string, unknown>)[property], `${listed.name}.${property}`).toStrictEqual(entity[property]);
      }
    });
  }

  it("a merchant's lists show its own rows only; an admin's every merchant's", async () => {
    for (const listed of LISTED.filter((l) => !l.name.startsWith('Reconciliation'))) {
      for (const merchantId of merchants) {
        const rows = (await listed.list(gw, scopeOf({ role: 'MERCHANT_READONLY', merchantId, keyId: 'test' } as Actor))).items as Array<{ id: string; merchantId: string }>;
        expect(new Set(rows.map((r) => r.merchantId)), `${listed.name} of ${merchantId}`).toEqual(new Set([merchantId]));
        expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(ids.get(`${merchantId}:${listed.name}`)!));
      }
    }
  });
});
