import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleRotateCredentialsDocument } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, TextArea, type PayloadError } from '../ui/form.js';
import { PrivateKeyInput } from './private-key-input.js';

const FIELDS = ['merchantPrivateKey', 'alipayPublicKey'];

/** A new key version, made current at once; the earlier one stays for verification. */
export function RotateCredentials({ merchantId, onDone }: { merchantId: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [rotate, state] = useMutation(ConsoleRotateCredentialsDocument);
  const [merchantPrivateKey, setPrivateKey] = useState('');
  const [alipayPublicKey, setAlipayKey] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await rotate({ input: { merchantId, merchantPrivateKey, alipayPublicKey } });
    if (!result) return;
    setErrors(result.rotateMerchantCredentials.errors);
    if (result.rotateMerchantCredentials.credential) {
      setOpen(false);
      setPrivateKey('');
      onDone();
    }
  };

  if (!open) {
    return (
      <p>
        <Button onClick={() => setOpen(true)}>Rotate credentials…</Button>
      </p>
    );
  }
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Rotate credentials">
      <h3>Rotate credentials</h3>
      <PrivateKeyInput name="merchantPrivateKey" value={merchantPrivateKey} onChange={setPrivateKey} errors={errors} />
      <TextArea label="Alipay public key (may be unchanged)" name="alipayPublicKey" errors={errors} value={alipayPublicKey} onChange={(e) => setAlipayKey(e.target.value)} rows={4} spellCheck={false} />
      <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={state.running}>
          Add the new version
        </Button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}
