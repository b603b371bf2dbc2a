import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { rewrapSecrets, sealedSecretsStatus } from '../../modules/key-rotation/rewrap-secrets.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { gatewayError } from '../core/error-codes.js';
import { MasterKeyStatusType, SealedColumnStatusType } from './key-rotation.types.js';

const status = (activeKeyId: string, rewrapped: number, columns: SealedColumnStatusType[]) =>
  Object.assign(new MasterKeyStatusType(), {
    activeKeyId,
    rewrapped,
    remaining: columns.reduce((n, c) => n + c.outdated, 0),
    columns: columns.map((c) => Object.assign(new SealedColumnStatusType(), c)),
  });

@Resolver()
export class KeyRotationResolver {
  @Authorized('PLATFORM_ADMIN')
  @Query(() => MasterKeyStatusType, { description: 'Stored secrets per column, under the active master key or an older one (admin only).' })
  async masterKeyStatus(@Ctx() context: GraphQLContext): Promise<MasterKeyStatusType> {
    requireScope(context);
    const { sql, encryptor } = context.services.operations;
    return status(encryptor.activeKeyId, 0, await sealedSecretsStatus(sql, encryptor.activeKeyId));
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => MasterKeyStatusType, {
    description:
      'Re-seals every stored secret under the active master key, in batches (resumable: run it again after an interruption). ' +
      'When remaining is 0, the previous keys can leave MASTER_KEYS_PREVIOUS (admin only). Also: npm run rewrap-secrets.',
  })
  async rewrapSecrets(
    @Ctx() context: GraphQLContext,
    @Arg('batchSize', () => Int, { defaultValue: 200, description: 'Rows per statement, 1..5000.' }) batchSize: number,
  ): Promise<MasterKeyStatusType> {
    const scope = requireScope(context);
    if (batchSize < 1 || batchSize > 5000) throw gatewayError('BAD_USER_INPUT', 'batchSize must be between 1 and 5000');
    const { sql, encryptor } = context.services.operations;
    const progress = await rewrapSecrets(sql, encryptor, { batchSize });
    scope.logger.info({ rewrapped: progress.rewrapped, remaining: progress.remaining, activeKeyId: encryptor.activeKeyId }, 'stored secrets re-wrapped');
    return status(encryptor.activeKeyId, progress.rewrapped, progress.columns);
  }
}
