import type { ApiHandler } from '../core.js';
import { respond, success } from '../results.js';
import { declarationRecord } from './declare.js';

/** inquiryDeclarationRequests (ams-spec §5.10): up to 10 ids; unknown ones are listed in declarationRequestsNotFound. */
export const inquiryDeclarationRequests: ApiHandler = (core, { client, fields }) => {
  const ids = fields.stringArray('declarationRequestIds', { min: 1, max: 10, itemMax: 32 });
  const records: Record<string, unknown>[] = [];
  const notFound: string[] = [];
  for (const id of ids) {
    const declaration = core.declarations.get(client.clientId, id);
    if (declaration) records.push(declarationRecord(declaration));
    else notFound.push(id);
  }
  return respond(success(), {
    declarationRecords: records,
    declarationRequestsNotFound: notFound.length > 0 ? notFound : undefined,
  });
};
