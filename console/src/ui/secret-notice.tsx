import { Button, CopyButton } from './buttons.js';

/** A secret the gateway shows this once (only its hash or sealed form is kept), with a copy button. */
export function SecretNotice({ title, value, testId, onDismiss }: { title: string; value: string; testId: string; onDismiss: () => void }) {
  return (
    <div className="notice secret" role="status">
      <p>
        <strong>{title}, shown this once.</strong> It cannot be shown again: copy it now.
      </p>
      <code className="secret-value" data-testid={testId}>
        {value}
      </code>
      <div className="actions">
        <CopyButton text={value} label="Copy secret" />
        <Button onClick={onDismiss}>I have saved it</Button>
      </div>
    </div>
  );
}
