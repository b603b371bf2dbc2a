import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '../api/hooks.js';
import { ConsoleAuthorizationsDocument, ConsolePayDocument, type ConsolePaymentFragment } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, SelectField, TextField, type PayloadError } from '../ui/form.js';
import { toMinor } from '../ui/format.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';

const FIELDS = ['authorizationId', 'amount.value', 'amount.currency', 'referenceOrderId', 'orderDescription'];

/** Debits a customer with one of the merchant's ACTIVE authorizations (pay). */
export function NewPayment({ onDone, authorizationId }: { onDone: (payment: ConsolePaymentFragment | undefined) => void; authorizationId?: string }) {
  const authorizations = useQuery(ConsoleAuthorizationsDocument, { first: 30, filter: { status: 'ACTIVE' } });
  const [pay, state] = useMutation(ConsolePayDocument);
  const [chosen, setChosen] = useState(authorizationId ?? '');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('PHP');
  const [referenceOrderId, setReferenceOrderId] = useState(() => `order-${Date.now().toString(36)}`);
  const [orderDescription, setOrderDescription] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);

  const active = authorizations.data?.authorizations.nodes ?? [];
  const selected = chosen || active[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await pay({
      input: { authorizationId: selected, amount: { value: toMinor(amount, currency), currency: currency.trim().toUpperCase() }, referenceOrderId, orderDescription },
    });
    if (!result) return;
    setErrors(result.pay.errors);
    if (result.pay.errors.length === 0) onDone(result.pay.payment ?? undefined);
  };

  if (authorizations.error) return <ErrorBox>Could not load authorizations: {authorizations.error}</ErrorBox>;
  if (!authorizations.data) return <Loading what="active authorizations" />;
  if (active.length === 0) return <Empty>No ACTIVE authorization yet: start one on the Authorizations page first.</Empty>;
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="New payment">
      <h2>New payment</h2>
      <SelectField
        label="Authorization"
        name="authorizationId"
        errors={errors}
        value={selected}
        onChange={(e) => setChosen(e.target.value)}
        options={active.map((a) => [a.id, `${a.customerBelongsTo} · token ${a.accessTokenHint ?? ''} · ${a.id.slice(0, 8)}`] as const)}
      />
      <TextField label="Amount" name="amount.value" errors={errors} value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" placeholder="12.34" required hint="In the currency's major unit (12.34)." />
      <TextField label="Currency" name="amount.currency" errors={errors} value={currency} onChange={(e) => setCurrency(e.target.value)} maxLength={3} required />
      <TextField label="Your order id" name="referenceOrderId" errors={errors} value={referenceOrderId} onChange={(e) => setReferenceOrderId(e.target.value)} required />
      <TextField label="Order description" name="orderDescription" errors={errors} value={orderDescription} onChange={(e) => setOrderDescription(e.target.value)} required hint="Shown to the customer." />
      <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={state.running}>
          Pay
        </Button>
        <Button onClick={() => onDone(undefined)}>Close</Button>
      </div>
    </form>
  );
}
