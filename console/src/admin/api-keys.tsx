import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleIssueApiKeyDocument, ConsoleRevokeApiKeyDocument, type ConsoleApiKeyFragment, type Role } from '../generated/graphql.js';
import { Button, ConfirmButton } from '../ui/buttons.js';
import { FormErrors, SelectField, TextField, type PayloadError } from '../ui/form.js';
import { formatTime } from '../ui/format.js';
import { SecretNotice } from '../ui/secret-notice.js';
import { Empty } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';

const FIELDS = ['name', 'role'];

/** A merchant's API keys: issue one (its secret shown this once, with a copy button), revoke one. */
export function ApiKeys({ merchantId, keys, onChange }: { merchantId: string; keys: readonly ConsoleApiKeyFragment[]; onChange: () => void }) {
  const [issue, issuing] = useMutation(ConsoleIssueApiKeyDocument);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('MERCHANT');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [secret, setSecret] = useState<{ name: string; value: string } | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await issue({ input: { merchantId, name, role } });
    if (!result) return;
    setErrors(result.issueApiKey.errors);
    if (result.issueApiKey.secret && result.issueApiKey.apiKey) {
      setSecret({ name: result.issueApiKey.apiKey.name, value: result.issueApiKey.secret });
      setName('');
      onChange();
    }
  };

  return (
    <>
      {secret ? <SecretNotice title={`The secret of “${secret.name}”`} value={secret.value} testId="issued-secret" onDismiss={() => setSecret(undefined)} /> : null}
      <form className="card form-row" onSubmit={submit} aria-label="Issue an API key">
        <TextField label="Key name" name="name" errors={errors} value={name} onChange={(e) => setName(e.target.value)} placeholder="Who or what uses it" required />
        <SelectField label="Role" name="role" errors={errors} value={role} onChange={(e) => setRole(e.target.value as Role)} options={[['MERCHANT', 'Merchant (all operations)'], ['MERCHANT_READONLY', 'Read-only']]} />
        <Button type="submit" variant="primary" busy={issuing.running}>
          Issue key
        </Button>
        <FormErrors errors={errors} fields={FIELDS} requestError={issuing.error} />
      </form>
      {keys.length === 0 ? (
        <Empty>No API keys yet.</Empty>
      ) : (
        <table className="table" aria-label="API keys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Prefix</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} data-api-key-id={k.id}>
                <td>{k.name}</td>
                <td>{k.role.replaceAll('_', ' ')}</td>
                <td><code>{k.displayPrefix}…</code></td>
                <td>{formatTime(k.createdAt)}</td>
                <td>{formatTime(k.lastUsedAt)}</td>
                <td>{k.revokedAt ? <StatusBadge status="REVOKED" /> : <RevokeKey apiKey={k} onDone={onChange} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function RevokeKey({ apiKey, onDone }: { apiKey: ConsoleApiKeyFragment; onDone: () => void }) {
  const [revoke, state] = useMutation(ConsoleRevokeApiKeyDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  return (
    <>
      <ConfirmButton
        label="Revoke…"
        title={`Revoke the key “${apiKey.name}”?`}
        confirmLabel="Revoke"
        busy={state.running}
        onConfirm={async () => {
          const result = await revoke({ id: apiKey.id });
          if (result) setErrors(result.revokeApiKey.errors);
          onDone();
        }}
      >
        <p>It stops working immediately, for every client that uses it.</p>
      </ConfirmButton>
      <FormErrors errors={errors} fields={[]} requestError={state.error} />
    </>
  );
}
