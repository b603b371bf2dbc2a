import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotifyRegistrationStatusBody } from '../../ams/index.js';
import type { EventBatch } from '../events/event-log.js';
import { registrationMachine, registrationStatusFromAms } from '../registrations/registration-status.js';
import { Registration } from '../registrations/registration.entity.js';
import { applyTransition } from '../shared/transition.js';
import { fromTransition, ignored, unmatched, type ApplyResult } from './apply-result.js';

/** notifyRegistrationStatus → the same transition inquiryRegistrationStatus applies (source NOTIFICATION). */
export async function applyRegistrationNotification(
  em: EntityManager,
  events: EventBatch,
  body: NotifyRegistrationStatusBody,
  now: Date,
): Promise<ApplyResult> {
  const registration = body.registrationRequestId
    ? await em.findOne(Registration, { registrationRequestId: body.registrationRequestId }, { refresh: true })
    : body.referenceMerchantId
      ? await em.findOne(Registration, { referenceMerchantId: body.referenceMerchantId }, { orderBy: { id: 'desc' }, refresh: true })
      : null;
  if (!registration) return unmatched(`no registration ${body.registrationRequestId ?? body.referenceMerchantId ?? '-'}`);
  const amsStatus = body.registrationResult?.registrationStatus;
  const to = amsStatus ? registrationStatusFromAms(amsStatus) : null;
  if (!to) return ignored(`registration status ${amsStatus ?? '(none)'} is not acted on`);
  const rejectReasons = body.registrationResult?.rejectReasons ?? null;
  const result = await applyTransition(em, events, {
    entityName: Registration,
    aggregateType: 'REGISTRATION',
    machine: registrationMachine,
    entity: registration,
    to,
    set: { rejectReasons, statusReason: to === 'PROCESSING' ? `NOTIFICATION ${amsStatus}` : null },
    source: 'NOTIFICATION',
    ...(to === 'REJECTED' ? { payload: { rejectReasons } } : {}),
    now,
  });
  return fromTransition(registration.id, result);
}
