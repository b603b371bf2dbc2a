import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SealedColumnStatus', { description: 'One column of stored secrets: values under the active master key and under older ones.' })
export class SealedColumnStatusType {
  @Field(() => String) table!: string;
  @Field(() => String) column!: string;
  @Field(() => Int, { description: 'Sealed under the active master key (MASTER_KEY).' }) current!: number;
  @Field(() => Int, { description: 'Still sealed under an older key: readable only while that key is in MASTER_KEYS_PREVIOUS.' })
  outdated!: number;
}

@ObjectType('MasterKeyStatus', { description: 'Where stored secrets stand in a master-key rotation.' })
export class MasterKeyStatusType {
  @Field(() => String, { description: 'Id of the active master key (not the key).' }) activeKeyId!: string;
  @Field(() => Int, { description: 'Values re-sealed by this call (0 for the status query).' }) rewrapped!: number;
  @Field(() => Int, { description: 'Values still under an older key; 0 means the previous keys can be removed.' }) remaining!: number;
  @Field(() => [SealedColumnStatusType]) columns!: SealedColumnStatusType[];
}
