import { useCallback, useState } from 'react';
import { useMutation, useQuery } from '../api/hooks.js';
import { Link } from '../app/router.js';
import { ConsoleDisableMerchantDocument, ConsoleEnableMerchantDocument, ConsoleMerchantDocument, type ConsoleMerchantFragment } from '../generated/graphql.js';
import { ConfirmButton, CopyButton } from '../ui/buttons.js';
import { FormErrors, type PayloadError } from '../ui/form.js';
import { formatTime } from '../ui/format.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { ApiKeys } from './api-keys.js';
import { RotateCredentials } from './rotate-credentials.js';

export function MerchantDetail({ id }: { id: string }) {
  const query = useQuery(ConsoleMerchantDocument, { id });
  const refetch = useCallback(() => void query.refetch(), [query.refetch]);
  if (query.error) return <ErrorBox>Could not load the merchant: {query.error}</ErrorBox>;
  if (!query.data) return <Loading what="the merchant" />;
  const merchant = query.data.merchant;
  if (!merchant) return <Empty>No merchant {id}.</Empty>;

  return (
    <section aria-labelledby="merchant-title">
      <p className="crumbs">
        <Link to="/merchants">← Merchants</Link>
      </p>
      <div className="page-head">
        <h1 id="merchant-title">
          {merchant.name} <StatusBadge status={merchant.status} />
        </h1>
        <MerchantStatusToggle merchant={merchant} onDone={refetch} />
      </div>
      <div className="card">
        <dl className="facts">
          <dt>Id</dt>
          <dd><code data-testid="merchant-id">{merchant.id}</code></dd>
          <dt>AMS client id</dt>
          <dd><code>{merchant.clientId}</code></dd>
          <dt>Endpoint</dt>
          <dd>{merchant.baseUrl}</dd>
          <dt>Onboarded</dt>
          <dd>{formatTime(merchant.createdAt)}</dd>
          <dt>Webhooks</dt>
          <dd>
            <Link to={`/merchants/${merchant.id}/webhooks`}>Webhook endpoints</Link>
          </dd>
        </dl>
      </div>

      <h2>Credentials</h2>
      <table className="table" aria-label="Credentials">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Merchant key</th>
            <th scope="col">Alipay key</th>
            <th scope="col">Added</th>
            <th scope="col">Merchant public key (for Antom)</th>
          </tr>
        </thead>
        <tbody>
          {merchant.credentials.map((c) => (
            <tr key={c.keyVersion}>
              <td>
                {c.keyVersion} {c.current ? <span className="badge badge-good">CURRENT</span> : <span className="hint">retired {formatTime(c.retiredAt)}</span>}
              </td>
              <td><code className="fingerprint">{c.merchantKeyFingerprint}</code></td>
              <td><code className="fingerprint">{c.alipayKeyFingerprint}</code></td>
              <td>{formatTime(c.createdAt)}</td>
              <td>
                <code className="key-preview" data-testid={c.current ? 'current-public-key' : undefined} data-key={c.merchantPublicKey}>
                  {c.merchantPublicKey.slice(0, 24)}…
                </code>{' '}
                <CopyButton text={c.merchantPublicKey} label="Copy" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RotateCredentials merchantId={merchant.id} onDone={refetch} />

      <h2>API keys</h2>
      <ApiKeys merchantId={merchant.id} keys={query.data.apiKeys} onChange={refetch} />
    </section>
  );
}

function MerchantStatusToggle({ merchant, onDone }: { merchant: ConsoleMerchantFragment; onDone: () => void }) {
  const [disable, disabling] = useMutation(ConsoleDisableMerchantDocument);
  const [enable, enabling] = useMutation(ConsoleEnableMerchantDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const active = merchant.status === 'ACTIVE';
  return (
    <div>
      {active ? (
        <ConfirmButton
          label="Disable…"
          title={`Disable ${merchant.name}?`}
          confirmLabel="Disable"
          busy={disabling.running}
          onConfirm={async () => {
            const result = await disable({ id: merchant.id });
            if (result) setErrors(result.disableMerchant.errors);
            onDone();
          }}
        >
          <p>Its API keys stop working and no operation reaches AMS until it is enabled again.</p>
        </ConfirmButton>
      ) : (
        <ConfirmButton
          label="Enable…"
          title={`Enable ${merchant.name}?`}
          confirmLabel="Enable"
          variant="primary"
          busy={enabling.running}
          onConfirm={async () => {
            const result = await enable({ id: merchant.id });
            if (result) setErrors(result.enableMerchant.errors);
            onDone();
          }}
        >
          <p>Its API keys work again.</p>
        </ConfirmButton>
      )}
      <FormErrors errors={errors} fields={[]} requestError={disabling.error ?? enabling.error} />
    </div>
  );
}
