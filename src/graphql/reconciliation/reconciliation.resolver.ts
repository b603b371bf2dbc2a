import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { DiscrepancyKind, DiscrepancyStatus } from '../../modules/reconciliation/discrepancy-kinds.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toConnection } from '../core/connection.js';
import { gatewayError } from '../core/error-codes.js';
import { PageArgs, pageRequest } from '../operations/list-args.js';
import { toDiscrepancyType, toImportType, toReconciliationErrors } from './reconciliation.mapping.js';
import {
  DiscrepancyKindEnum,
  DiscrepancyStatusEnum,
  ImportSettlementReportInput,
  ImportSettlementReportPayload,
  ReconciliationDiscrepancyConnection,
  ReconciliationImportConnection,
  ReconciliationImportType,
  ResolveDiscrepancyPayload,
} from './reconciliation.types.js';

/** Reconciliation against Antom report files: platform admins only (merchant keys get FORBIDDEN). */
@Resolver()
export class ReconciliationResolver {
  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => ImportSettlementReportPayload, {
    description:
      'Imports a transaction or settlement details report (CSV) for a merchant, matches its rows with our payments and refunds and records the discrepancies. A malformed file stores nothing; the same file again is a replay.',
  })
  async importSettlementReport(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ImportSettlementReportInput) input: ImportSettlementReportInput,
  ): Promise<ImportSettlementReportPayload> {
    const outcome = await context.services.reconciliation.importReport(requireScope(context), input);
    const payload = new ImportSettlementReportPayload();
    return outcome.ok
      ? Object.assign(payload, { import: toImportType(outcome.value.import), replayed: outcome.value.replayed, errors: [] })
      : Object.assign(payload, { import: null, replayed: false, errors: toReconciliationErrors(outcome.errors) });
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => ResolveDiscrepancyPayload, { description: 'Closes an OPEN discrepancy with a note saying what was done.' })
  async resolveDiscrepancy(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
  ): Promise<ResolveDiscrepancyPayload> {
    const outcome = await context.services.reconciliation.resolve(requireScope(context), id, note);
    const payload = new ResolveDiscrepancyPayload();
    return outcome.ok
      ? Object.assign(payload, { discrepancy: toDiscrepancyType(outcome.value), errors: [] })
      : Object.assign(payload, { discrepancy: null, errors: toReconciliationErrors(outcome.errors) });
  }

  @Authorized('PLATFORM_ADMIN')
  @Query(() => ReconciliationImportConnection, { description: 'Imported report files, newest first.' })
  async reconciliationImports(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('merchantId', () => ID, { nullable: true }) merchantId: string | null,
  ): Promise<ReconciliationImportConnection> {
    const result = await context.services.reconciliation.listImports(requireScope(context), merchantId, pageRequest(page));
    return toConnection(ReconciliationImportConnection, result, toImportType);
  }

  @Authorized('PLATFORM_ADMIN')
  @Query(() => ReconciliationImportType, { nullable: true })
  async reconciliationImport(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ReconciliationImportType | null> {
    const found = await context.services.reconciliation.findImport(requireScope(context), id);
    return found ? toImportType(found) : null;
  }

  @Authorized('PLATFORM_ADMIN')
  @Query(() => ReconciliationDiscrepancyConnection, { description: 'Discrepancies of one import, or of a merchant across imports; newest first.' })
  async reconciliationDiscrepancies(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('importId', () => ID, { nullable: true }) importId: string | null,
    @Arg('merchantId', () => ID, { nullable: true }) merchantId: string | null,
    @Arg('kind', () => DiscrepancyKindEnum, { nullable: true }) kind: DiscrepancyKind | null,
    @Arg('status', () => DiscrepancyStatusEnum, { nullable: true }) status: DiscrepancyStatus | null,
  ): Promise<ReconciliationDiscrepancyConnection> {
    if (!importId && !merchantId) throw gatewayError('BAD_USER_INPUT', 'give importId or merchantId');
    const result = await context.services.reconciliation.listDiscrepancies(
      requireScope(context),
      { importId, merchantId, kind, status },
      pageRequest(page),
    );
    return toConnection(ReconciliationDiscrepancyConnection, result, toDiscrepancyType);
  }
}
