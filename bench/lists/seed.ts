import type pg from 'pg';

/**
 * Seeds `rows` records in each listed table for one merchant, spread over `days` days up to now, with ids in the
 * gateway's layout (prefix, creation millisecond in Crockford base32, then 16 more characters), so that the id order
 * is the creation order as in production. Statuses are skewed like a live merchant's: nearly every payment SUCCEEDED,
 * a few FAILED, a handful PROCESSING, none PENDING (a filter that matches nothing).
 */
export async function seedLists(client: pg.Client, merchantId: string, rows: number, days: number): Promise<void> {
  const stepMs = Math.floor((days * 86_400_000) / rows);
  await client.query(`
    create or replace function pg_temp.bench_id(prefix text, ms bigint, n bigint) returns text language sql immutable as $$
      select prefix || (select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((ms / (1::bigint << (5 * (9 - i)))) % 32)::int + 1, 1), '' order by i)
                        from generate_series(0, 9) i) || lpad(n::text, 16, '0')
    $$`);
  const common = `$1::text, 'x', to_timestamp(ms / 1000.0), to_timestamp(ms / 1000.0)`;
  const series = () =>
    `from (select g, $3::bigint - ($2::bigint - g) * ${stepMs} as ms from generate_series(1, $2::bigint) g) s`;
  const statements: Array<[string, string]> = [
    [
      'authorizations',
      `insert into authorizations (id, merchant_id, input_hash, created_at, updated_at, status, customer_belongs_to, auth_state, auth_redirect_url, scopes)
       select pg_temp.bench_id('aut_', ms, g), ${common},
              case when g % 1000 = 0 then 'FAILED' when g % 100 = 0 then 'REVOKED' else 'ACTIVE' end,
              case when g % 5000 = 0 then 'KAKAOPAY' else 'GCASH' end, 's' || g, 'https://m.example/r', '["AGREEMENT_PAY"]' ${series()}`,
    ],
    [
      'payments',
      `insert into payments (id, merchant_id, input_hash, created_at, updated_at, status, authorization_id, payment_request_id, ams_payment_id,
                             amount_value, currency, payment_method_type, reference_order_id, order_description)
       select pg_temp.bench_id('pay_', ms, g), ${common},
              case when g % 10000 = 0 then 'PROCESSING' when g % 50 = 0 then 'FAILED' when g % 500 = 1 then 'CANCELLED' else 'SUCCEEDED' end,
              pg_temp.bench_id('aut_', ms0, g0), 'PR' || g, 'AMS' || g, 1000, 'USD', 'GCASH', 'o' || g, 'd'
       from (select g, $3::bigint - ($2::bigint - g) * ${stepMs} as ms,
                    -- one authorization pays a tenth of everything; the others one payment each
                    case when g % 10 = 0 then 1 else g end as g0
             from generate_series(1, $2::bigint) g) s,
            lateral (select $3::bigint - ($2::bigint - s.g0) * ${stepMs} as ms0) a`,
    ],
    [
      'refunds',
      `insert into refunds (id, merchant_id, input_hash, created_at, updated_at, status, payment_id, refund_request_id, amount_value, currency)
       select pg_temp.bench_id('rfd_', ms, g), ${common},
              case when g % 10000 = 0 then 'PROCESSING' when g % 100 = 0 then 'FAILED' else 'SUCCEEDED' end,
              pg_temp.bench_id('pay_', ms, g), 'RR' || g, 100, 'USD' ${series()}`,
    ],
    [
      'declarations',
      `insert into declarations (id, merchant_id, input_hash, created_at, updated_at, status, payment_id, declaration_request_id, amount_value, currency,
                                 customs_code, customs_region, merchant_customs_code, merchant_customs_name)
       select pg_temp.bench_id('dcl_', ms, g), ${common},
              case when g % 10000 = 0 then 'PROCESSING' when g % 100 = 0 then 'FAILED' else 'SUCCEEDED' end,
              pg_temp.bench_id('pay_', ms, g), 'DR' || g, 1000, 'USD', 'zongshu', 'CN', 'MC', 'Merchant' ${series()}`,
    ],
    [
      'registrations',
      `insert into registrations (id, merchant_id, input_hash, created_at, updated_at, status, registration_request_id, reference_merchant_id,
                                  merchant_display_name, product_codes)
       select pg_temp.bench_id('reg_', ms, g), ${common},
              case when g % 10000 = 0 then 'PROCESSING' when g % 100 = 0 then 'REJECTED' else 'COMPLETED' end,
              'RG' || g, 'REF' || (g % 1000), 'Shop ' || g, '["AGREEMENT_PAYMENT"]' ${series()}`,
    ],
    [
      'events',
      `insert into events (merchant_id, aggregate_type, aggregate_id, type, to_status, payload, source, created_at)
       select $1::text, case when g % 10000 = 0 then 'REGISTRATION' when g % 3 = 0 then 'REFUND' else 'PAYMENT' end,
              pg_temp.bench_id('pay_', ms, g / 3), 'STATUS_CHANGED', 'SUCCEEDED', '{}', 'RESPONSE', to_timestamp(ms / 1000.0) ${series()}`,
    ],
  ];
  const endMs = Date.now() - 60_000;
  for (const [table, sql] of statements) {
    const started = performance.now();
    await client.query(sql, [merchantId, rows, endMs]);
    console.log(`seeded ${rows} ${table} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await client.query('analyze');
}
