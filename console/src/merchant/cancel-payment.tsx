import { useState } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleCancelPaymentDocument, type ConsolePaymentFragment } from '../generated/graphql.js';
import { ConfirmButton } from '../ui/buttons.js';
import { FormErrors, type PayloadError } from '../ui/form.js';
import { formatMinor, formatTime } from '../ui/format.js';

export function CancelPayment({ payment, onDone }: { payment: ConsolePaymentFragment; onDone: () => void }) {
  const [cancel, state] = useMutation(ConsoleCancelPaymentDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  return (
    <div className="stack">
      <h3>Cancel</h3>
      <p className="hint">Possible until {formatTime(payment.cancelDeadline)}, when the payment has no refunds.</p>
      <FormErrors errors={errors} fields={[]} requestError={state.error} />
      <ConfirmButton
        label="Cancel payment…"
        title="Cancel this payment?"
        confirmLabel="Cancel the payment"
        busy={state.running}
        onConfirm={async () => {
          const result = await cancel({ id: payment.id });
          if (!result) return;
          setErrors(result.cancelPayment.errors);
          onDone();
        }}
      >
        <p>The whole {formatMinor(payment.amount.value, payment.amount.currency)} is reversed. This cannot be undone.</p>
      </ConfirmButton>
    </div>
  );
}
