import { useState } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleRefundDocument, type ConsolePaymentFragment } from '../generated/graphql.js';
import { ConfirmButton } from '../ui/buttons.js';
import { FormErrors, TextField, type PayloadError } from '../ui/form.js';
import { formatMinor, minorToDecimal, toMinor } from '../ui/format.js';
import { ErrorBox } from '../ui/states.js';

const FIELDS = ['amount.value', 'amount.currency', 'reason'];

/** Refund all or part of a payment, after a confirmation naming the amount. */
export function RefundForm({ payment, onDone }: { payment: ConsolePaymentFragment; onDone: () => void }) {
  const currency = payment.amount.currency;
  const [amount, setAmount] = useState(() => minorToDecimal(payment.refundableAmount.value, currency));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [outcome, setOutcome] = useState<string | undefined>(undefined);
  const [refund, state] = useMutation(ConsoleRefundDocument);
  const minor = toMinor(amount, currency);

  const submit = async () => {
    setOutcome(undefined);
    const result = await refund({ input: { paymentId: payment.id, amount: { value: minor, currency }, ...(reason ? { reason } : {}) } });
    if (!result) return;
    setErrors(result.refund.errors);
    const made = result.refund.refund;
    if (made) {
      setOutcome(`Refund ${made.status}${made.failure ? `: ${made.failure.code}` : ''}`);
      onDone();
    }
  };

  return (
    <form className="stack" aria-label="Refund" onSubmit={(e) => e.preventDefault()}>
      <h3>Refund</h3>
      <TextField label={`Refund amount (${currency})`} name="amount.value" errors={errors} value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" />
      <TextField label="Reason (shown to the customer)" name="reason" errors={errors} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={256} />
      <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
      {outcome ? <p role="status" className="notice">{outcome}</p> : null}
      {/^\d+$/.test(minor) ? (
        <ConfirmButton label="Refund…" title="Refund this payment?" confirmLabel={`Refund ${formatMinor(minor, currency)}`} variant="primary" busy={state.running} onConfirm={submit}>
          <p>
            {formatMinor(minor, currency)} go back to the customer's {payment.paymentMethodType} account. A refund cannot be undone.
          </p>
        </ConfirmButton>
      ) : (
        <ErrorBox>Enter the amount as a number, e.g. 12.34.</ErrorBox>
      )}
    </form>
  );
}
