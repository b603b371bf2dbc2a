/**
 * The paymentRequestId of attempt `attempt` of cycle `cycleNumber`: derived, never drawn, so every instance, a
 * restart after a crash and a replayed job all name the same AMS request for the same attempt (AMS and the payments'
 * unique index then make it one payment). A retry is a new attempt with a new id, since an F is final for its id.
 */
export function schedulePaymentRequestId(scheduleId: string, cycleNumber: number, attempt: number): string {
  return `${scheduleId}-c${cycleNumber}-a${attempt}`;
}
