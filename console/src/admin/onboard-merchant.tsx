import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { Link, navigate } from '../app/router.js';
import { ConsoleCreateMerchantDocument, type AmsRegion } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, SelectField, TextArea, TextField, type PayloadError } from '../ui/form.js';
import { PrivateKeyInput } from './private-key-input.js';

const FIELDS = ['name', 'clientId', 'region', 'baseUrl', 'merchantPrivateKey', 'alipayPublicKey'];

export function OnboardMerchant() {
  const [create, state] = useMutation(ConsoleCreateMerchantDocument);
  const [name, setName] = useState('');
  const [clientId, setClientId] = useState('');
  const [endpoint, setEndpoint] = useState<'region' | 'baseUrl'>('region');
  const [region, setRegion] = useState<AmsRegion>('ASIA');
  const [baseUrl, setBaseUrl] = useState('');
  const [merchantPrivateKey, setPrivateKey] = useState('');
  const [alipayPublicKey, setAlipayKey] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      input: { name, clientId, merchantPrivateKey, alipayPublicKey, ...(endpoint === 'region' ? { region } : { baseUrl }) },
    });
    if (!result) return;
    setErrors(result.createMerchant.errors);
    const merchant = result.createMerchant.merchant;
    if (merchant) navigate(`/merchants/${merchant.id}`);
  };

  return (
    <section aria-labelledby="onboard-title">
      <p className="crumbs">
        <Link to="/merchants">← Merchants</Link>
      </p>
      <h1 id="onboard-title">Onboard a merchant</h1>
      <form className="card form-grid" onSubmit={submit} aria-label="Onboard a merchant">
        <TextField label="Name" name="name" errors={errors} value={name} onChange={(e) => setName(e.target.value)} required />
        <TextField label="AMS client id" name="clientId" errors={errors} value={clientId} onChange={(e) => setClientId(e.target.value)} required spellCheck={false} hint="The Client-Id from the Antom dashboard." />
        <fieldset className="field">
          <legend>AMS endpoint</legend>
          <label className="inline">
            <input type="radio" name="endpoint" checked={endpoint === 'region'} onChange={() => setEndpoint('region')} /> A region
          </label>
          <label className="inline">
            <input type="radio" name="endpoint" checked={endpoint === 'baseUrl'} onChange={() => setEndpoint('baseUrl')} /> Another URL (e.g. the sandbox)
          </label>
        </fieldset>
        {endpoint === 'region' ? (
          <SelectField label="Region" name="region" errors={errors} value={region} onChange={(e) => setRegion(e.target.value as AmsRegion)} options={[['ASIA', 'Asia'], ['EUROPE', 'Europe'], ['NORTH_AMERICA', 'North America']]} />
        ) : (
          <TextField label="Endpoint URL" name="baseUrl" errors={errors} value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="https://…" spellCheck={false} hint="https, or http on localhost." />
        )}
        <PrivateKeyInput name="merchantPrivateKey" value={merchantPrivateKey} onChange={setPrivateKey} errors={errors} />
        <TextArea label="Alipay public key" name="alipayPublicKey" errors={errors} value={alipayPublicKey} onChange={(e) => setAlipayKey(e.target.value)} rows={4} spellCheck={false} hint="From the Antom dashboard: X.509 base64 or PEM." />
        <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={state.running}>
            Onboard
          </Button>
        </div>
      </form>
    </section>
  );
}
