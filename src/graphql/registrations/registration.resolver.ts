import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { checkCreatedRange, PageArgs, pageRequest } from '../operations/list-args.js';
import { toAmsCallResult } from '../operations/operation-types.js';
import { toRegistrationInfo, toRegistrationPayload, toRegistrationType } from './registration.mapping.js';
import {
  PspRegistrationStatus,
  RegisterMerchantInput,
  RegistrationConnection,
  RegistrationError,
  RegistrationFilter,
  RegistrationInfoPayload,
  RegistrationPayload,
  RegistrationStatusPayload,
  RegistrationType,
} from './registration.types.js';

@Resolver()
export class RegistrationResolver {
  @Authorized('MERCHANT')
  @Mutation(() => RegistrationPayload, { description: 'Registers a secondary merchant with AMS; the outcome arrives asynchronously.' })
  async registerMerchant(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RegisterMerchantInput) input: RegisterMerchantInput,
  ): Promise<RegistrationPayload> {
    return toRegistrationPayload(await context.services.registrations.register(requireScope(context), input));
  }

  @Authorized()
  @Query(() => RegistrationType, { name: 'registration', nullable: true, description: 'By id, registrationRequestId or (latest for) referenceMerchantId.' })
  async registrationRecord(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('registrationRequestId', () => String, { nullable: true }) registrationRequestId: string | null,
    @Arg('referenceMerchantId', () => String, { nullable: true }) referenceMerchantId: string | null,
  ): Promise<RegistrationType | null> {
    const found = await context.services.registrations.find(requireScope(context), { id, registrationRequestId, referenceMerchantId });
    return found ? toRegistrationType(found) : null;
  }

  @Authorized()
  @Query(() => RegistrationConnection, { description: 'Newest first.' })
  async registrations(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => RegistrationFilter, { nullable: true }) filter: RegistrationFilter | null,
  ): Promise<RegistrationConnection> {
    checkCreatedRange(filter);
    const result = await context.services.registrations.list(requireScope(context), filter ?? {}, pageRequest(page));
    return Object.assign(new RegistrationConnection(), {
      nodes: result.items.map(toRegistrationType),
      pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage },
    });
  }

  @Authorized()
  @Query(() => RegistrationStatusPayload, { description: 'Live inquiryRegistrationStatus; the answer is applied to the stored registration.' })
  async inquiryRegistrationStatus(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('registrationRequestId', () => String, { nullable: true }) registrationRequestId: string | null,
    @Arg('referenceMerchantId', () => String, { nullable: true }) referenceMerchantId: string | null,
  ): Promise<RegistrationStatusPayload> {
    const outcome = await context.services.registrations.inquireStatus(requireScope(context), { id, registrationRequestId, referenceMerchantId });
    const payload = new RegistrationStatusPayload();
    if (!outcome.ok) {
      return Object.assign(payload, { registration: null, amsRegistrationStatus: null, pspResults: [], ams: null, errors: toPayloadErrors(RegistrationError, outcome.errors) });
    }
    return Object.assign(payload, {
      registration: toRegistrationType(outcome.value.registration),
      amsRegistrationStatus: outcome.value.amsRegistrationStatus,
      pspResults: outcome.value.pspResults.map((p) => Object.assign(new PspRegistrationStatus(), p)),
      ams: toAmsCallResult(outcome.value.ams),
      errors: [],
    });
  }

  @Authorized()
  @Query(() => RegistrationInfoPayload, { description: 'Live inquiryRegistrationInfo for a secondary merchant you registered.' })
  async inquiryRegistrationInfo(
    @Ctx() context: GraphQLContext,
    @Arg('referenceMerchantId', () => String) referenceMerchantId: string,
  ): Promise<RegistrationInfoPayload> {
    const outcome = await context.services.registrations.inquireInfo(requireScope(context), referenceMerchantId);
    const payload = new RegistrationInfoPayload();
    if (!outcome.ok) return Object.assign(payload, { info: null, ams: null, errors: toPayloadErrors(RegistrationError, outcome.errors) });
    return Object.assign(payload, {
      info: outcome.value.info ? toRegistrationInfo(outcome.value.info, outcome.value.productCodes) : null,
      ams: toAmsCallResult(outcome.value.ams),
      errors: [],
    });
  }
}
