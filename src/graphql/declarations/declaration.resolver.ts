import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { DeclarationInquiryResult } from '../../modules/declarations/inquiry-declarations.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPayload } from '../core/payload-error.js';
import { toAmsCallResult } from '../operations/operation-types.js';
import { recordQueriesOf } from '../operations/record-queries.js';
import { toDeclarationPayload, toDeclarationType } from './declaration.mapping.js';
import {
  DeclarationConnection,
  DeclarationError,
  DeclarationFilter,
  DeclarationInquiryPayload,
  DeclarationLookupArgs,
  DeclarationPayload,
  DeclarationType,
  DeclareInput,
} from './declaration.types.js';

const DeclarationReads = recordQueriesOf('declaration', {
  oneDescription: 'By id or declarationRequestId (local state).',
  node: DeclarationType,
  connection: DeclarationConnection,
  filter: DeclarationFilter,
  lookup: DeclarationLookupArgs,
  toNode: toDeclarationType,
  service: 'declarations',
});

@Resolver()
export class DeclarationResolver extends DeclarationReads {
  @Authorized('MERCHANT')
  @Mutation(() => DeclarationPayload, { description: 'Declares a SUCCEEDED payment to customs; the customs answer comes via inquiryDeclarationRequests.' })
  async declare(@Ctx() context: GraphQLContext, @Arg('input', () => DeclareInput) input: DeclareInput): Promise<DeclarationPayload> {
    return toDeclarationPayload(await context.services.declarations.declare(requireScope(context), input));
  }

  @Authorized()
  @Query(() => DeclarationInquiryPayload, { description: 'Live inquiryDeclarationRequests for 1–10 of your declarationRequestIds; answers are applied.' })
  async inquiryDeclarationRequests(
    @Ctx() context: GraphQLContext,
    @Arg('declarationRequestIds', () => [String]) declarationRequestIds: string[],
  ): Promise<DeclarationInquiryPayload> {
    const outcome = await context.services.declarations.inquire(requireScope(context), declarationRequestIds);
    const answered = ({ declarations, notFound, ams }: DeclarationInquiryResult) => ({
      declarations: declarations.map(toDeclarationType),
      notFound,
      ams: toAmsCallResult(ams),
    });
    return toPayload(DeclarationInquiryPayload, DeclarationError, outcome, answered, { declarations: [], notFound: [], ams: null });
  }
}
