/** What the form holds: every event (the API's null), or a list typed as text. */
export interface EventTypesValue {
  all: boolean;
  text: string;
}

export const EVERY_EVENT: EventTypesValue = { all: true, text: '' };

export function eventTypesValue(types: readonly string[] | null | undefined): EventTypesValue {
  return types ? { all: false, text: types.join(', ') } : EVERY_EVENT;
}

/** The API's eventTypes: null for every event, else the entries as typed (the gateway checks their form). */
export function eventTypesInput(value: EventTypesValue): string[] | null {
  return value.all ? null : value.text.split(/[\s,]+/).filter(Boolean);
}

export function describeEventTypes(types: readonly string[] | null | undefined): string {
  return types ? types.join(', ') : 'Every event';
}
