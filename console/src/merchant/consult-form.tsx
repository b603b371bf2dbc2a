import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { BASE } from '../app/router.js';
import { ConsoleConsultDocument, type ConsoleAuthorizationFragment } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, SelectField, TextField, type PayloadError } from '../ui/form.js';

const FIELDS = ['customerBelongsTo', 'authRedirectUrl', 'terminalType', 'scopes'];
/** Where the wallet sends the customer back: this console's return page, which applies the authCode. */
const RETURN_PATH = `${BASE}/authorizations/return`;

/** consult: starts an Auto Debit authorization and links to the wallet's consent page. */
export function ConsultForm({ onStarted }: { onStarted: (authorization: ConsoleAuthorizationFragment) => void }) {
  const [consult, state] = useMutation(ConsoleConsultDocument);
  const [customerBelongsTo, setWallet] = useState('GCASH');
  const [authRedirectUrl, setRedirect] = useState(() => new URL(RETURN_PATH, location.href).toString());
  const [terminalType, setTerminal] = useState('WEB');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [started, setStarted] = useState<ConsoleAuthorizationFragment | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await consult({ input: { customerBelongsTo, authRedirectUrl, terminalType, scopes: ['AGREEMENT_PAY'] } });
    if (!result) return;
    setErrors(result.consult.errors);
    const authorization = result.consult.authorization;
    if (authorization) {
      setStarted(authorization);
      onStarted(authorization);
    }
  };

  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Start a consult">
      <h2>Start a consult</h2>
      <TextField label="Wallet (customerBelongsTo)" name="customerBelongsTo" errors={errors} value={customerBelongsTo} onChange={(e) => setWallet(e.target.value)} required hint="e.g. GCASH, ALIPAY_HK, DANA" />
      <SelectField label="Terminal" name="terminalType" errors={errors} value={terminalType} onChange={(e) => setTerminal(e.target.value)} options={[['WEB', 'WEB'], ['WAP', 'WAP'], ['APP', 'APP']]} />
      <TextField label="Return URL" name="authRedirectUrl" errors={errors} value={authRedirectUrl} onChange={(e) => setRedirect(e.target.value)} required hint="The wallet sends the customer back here with the authCode; the default is this console, which finishes the authorization." />
      <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={state.running}>
          Start consult
        </Button>
      </div>
      {started ? (
        <div className="notice" role="status">
          <p>
            Authorization <code>{started.id.slice(0, 8)}</code> is {started.status}.{' '}
            {started.normalUrl ? (
              <>
                Send the customer to the wallet: <a href={started.normalUrl}>Open the wallet's consent page</a>
              </>
            ) : (
              (started.failure?.message ?? started.statusReason ?? '')
            )}
          </p>
        </div>
      ) : null}
    </form>
  );
}
