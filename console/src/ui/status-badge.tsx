const TONE: Record<string, string> = {
  SUCCEEDED: 'good',
  ACTIVE: 'good',
  COMPLETED: 'good',
  CLOSED: 'good',
  RESOLVED: 'good',
  ENABLED: 'good',
  DELIVERED: 'good',
  PAID: 'good',
  FAILED: 'bad',
  REJECTED: 'bad',
  DISABLED: 'bad',
  REVOKED: 'bad',
  EXPIRED: 'bad',
  OPEN: 'warn',
  HALF_OPEN: 'warn',
  PAUSED: 'warn',
  PAST_DUE: 'warn',
  RETRY_SCHEDULED: 'warn',
  NEEDS_REAUTHORIZATION: 'bad',
  CANCELLED: 'muted',
  PENDING: 'info',
  PROCESSING: 'info',
  CONSULTING: 'info',
  AWAITING_USER: 'info',
  AUTH_CODE_RECEIVED: 'info',
  DUE: 'info',
  CHARGING: 'info',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${TONE[status] ?? 'muted'}`}>{status.replaceAll('_', ' ')}</span>;
}
