import { useState } from 'react';
import { Button, CopyButton } from '../ui/buttons.js';
import { TextArea, type PayloadError } from '../ui/form.js';
import { generateMerchantKeyPair } from './key-pair.js';

/**
 * The merchant's private key: pasted, or generated here. A generated key is never displayed (only that one exists);
 * its public half is shown with a copy button, to upload to Antom.
 */
export function PrivateKeyInput({ name, value, onChange, errors }: { name: string; value: string; onChange: (privateKey: string) => void; errors: PayloadError[] }) {
  const [publicKey, setPublicKey] = useState<string | undefined>(undefined);
  const [generating, setGenerating] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const generate = async () => {
    setGenerating(true);
    setFailure(undefined);
    try {
      const pair = await generateMerchantKeyPair();
      onChange(pair.privateKeyPkcs8Base64);
      setPublicKey(pair.publicKeySpkiBase64);
    } catch (error) {
      setFailure(`This browser could not generate a key pair: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setGenerating(false);
    }
  };

  return (
    <div className="key-input">
      {publicKey ? (
        <div className="notice">
          <p>A new RSA-2048 key pair was generated in this browser. The private key goes to the gateway (encrypted at rest) and is not shown.</p>
          <label htmlFor={`${name}-public`}>Merchant public key — upload it to the Antom dashboard</label>
          <textarea id={`${name}-public`} readOnly value={publicKey} rows={4} data-testid="generated-public-key" />
          <div className="actions">
            <CopyButton text={publicKey} label="Copy public key" />
            <Button
            onClick={() => {
              setPublicKey(undefined);
              onChange('');
            }}
          >
              Paste a key instead
            </Button>
          </div>
        </div>
      ) : (
        <>
          <TextArea
            label="Merchant private key"
            name={name}
            errors={errors}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            rows={4}
            autoComplete="off"
            spellCheck={false}
            hint="PKCS#8 base64 (as the AMS SDKs take it), PKCS#1 or PEM. Write-only: the gateway never shows it again."
          />
          <Button onClick={generate} busy={generating}>
            {generating ? 'Generating…' : 'Generate a key pair in the browser'}
          </Button>
        </>
      )}
      {failure ? <p className="field-error" role="alert">{failure}</p> : null}
    </div>
  );
}
