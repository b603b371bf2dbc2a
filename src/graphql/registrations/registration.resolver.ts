import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RegistrationInfoResult, RegistrationStatusResult } from '../../modules/registrations/inquiry-registration.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPayload } from '../core/payload-error.js';
import { toAmsCallResult } from '../operations/operation-types.js';
import { recordQueriesOf } from '../operations/record-queries.js';
import { toRegistrationInfo, toRegistrationPayload, toRegistrationType } from './registration.mapping.js';
import {
  PspRegistrationStatus,
  RegisterMerchantInput,
  RegistrationConnection,
  RegistrationError,
  RegistrationFilter,
  RegistrationInfoPayload,
  RegistrationLookupArgs,
  RegistrationPayload,
  RegistrationStatusPayload,
  RegistrationType,
} from './registration.types.js';

const RegistrationReads = recordQueriesOf('registration', {
  oneDescription: 'By id, registrationRequestId or (latest for) referenceMerchantId.',
  node: RegistrationType,
  connection: RegistrationConnection,
  filter: RegistrationFilter,
  lookup: RegistrationLookupArgs,
  toNode: toRegistrationType,
  service: 'registrations',
});

@Resolver()
export class RegistrationResolver extends RegistrationReads {
  @Authorized('MERCHANT')
  @Mutation(() => RegistrationPayload, { description: 'Registers a secondary merchant with AMS; the outcome arrives asynchronously.' })
  async registerMerchant(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RegisterMerchantInput) input: RegisterMerchantInput,
  ): Promise<RegistrationPayload> {
    return toRegistrationPayload(await context.services.registrations.register(requireScope(context), input));
  }

  @Authorized()
  @Query(() => RegistrationStatusPayload, { description: 'Live inquiryRegistrationStatus; the answer is applied to the stored registration.' })
  async inquiryRegistrationStatus(
    @Ctx() context: GraphQLContext,
    @Args(() => RegistrationLookupArgs) ref: RegistrationLookupArgs,
  ): Promise<RegistrationStatusPayload> {
    const outcome = await context.services.registrations.inquireStatus(requireScope(context), ref);
    const answered = (status: RegistrationStatusResult) => ({
      registration: toRegistrationType(status.registration),
      amsRegistrationStatus: status.amsRegistrationStatus,
      pspResults: status.pspResults.map((p) => Object.assign(new PspRegistrationStatus(), p)),
      ams: toAmsCallResult(status.ams),
    });
    const refused = { registration: null, amsRegistrationStatus: null, pspResults: [], ams: null };
    return toPayload(RegistrationStatusPayload, RegistrationError, outcome, answered, refused);
  }

  @Authorized()
  @Query(() => RegistrationInfoPayload, { description: 'Live inquiryRegistrationInfo for a secondary merchant you registered.' })
  async inquiryRegistrationInfo(
    @Ctx() context: GraphQLContext,
    @Arg('referenceMerchantId', () => String) referenceMerchantId: string,
  ): Promise<RegistrationInfoPayload> {
    const outcome = await context.services.registrations.inquireInfo(requireScope(context), referenceMerchantId);
    const answered = ({ info, productCodes, ams }: RegistrationInfoResult) => ({
      info: info ? toRegistrationInfo(info, productCodes) : null,
      ams: toAmsCallResult(ams),
    });
    return toPayload(RegistrationInfoPayload, RegistrationError, outcome, answered, { info: null, ams: null });
  }
}
