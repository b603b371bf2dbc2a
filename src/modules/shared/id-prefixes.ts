/**
 * The id prefix of each listed record type: where ids are made and where a list turns a created range into an id
 * range (shared/listing.ts) read the same table.
 */
export const ID_PREFIXES = {
  authorization: 'aut_',
  payment: 'pay_',
  refund: 'rfd_',
  declaration: 'dcl_',
  registration: 'reg_',
  reconciliationImport: 'rci_',
  discrepancy: 'rcd_',
  schedule: 'sch_',
  scheduleCycle: 'cyc_',
  scheduleCharge: 'chg_',
} as const;
