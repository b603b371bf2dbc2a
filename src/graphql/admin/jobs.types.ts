import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('JobQueueCounts', { description: 'Jobs of one pg-boss queue by state.' })
export class JobQueueCountsType {
  @Field(() => String) queue!: string;
  @Field(() => Int, { description: 'created or waiting for a retry' }) pending!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) failed!: number;
}

@ObjectType('JobItem', { description: 'One job; its data holds ids only.' })
export class JobItemType {
  @Field(() => ID) id!: string;
  @Field(() => String) queue!: string;
  @Field(() => String) state!: string;
  @Field(() => String, { nullable: true, description: 'The payment / refund the job is about.' }) recordId!: string | null;
  @Field(() => String, { nullable: true }) merchantId!: string | null;
  @Field(() => Int) retryCount!: number;
  @Field(() => Date) createdOn!: Date;
  @Field(() => Date) startAfter!: Date;
  @Field(() => Date, { nullable: true }) completedOn!: Date | null;
}

@ObjectType('JobsOverview', { description: 'The durable job queues (admin only).' })
export class JobsOverviewType {
  @Field(() => Int) pending!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Dead-letter queue: retries exhausted, or sync jobs that gave up.' }) dead!: number;
  @Field(() => [JobQueueCountsType]) queues!: JobQueueCountsType[];
  @Field(() => [JobItemType], { description: 'Most recent jobs first.' }) recent!: JobItemType[];
}

@ObjectType('OutboundLane', { description: "One merchant's outbound protection toward AMS, in this instance." })
export class OutboundLaneType {
  @Field(() => ID) merchantId!: string;
  @Field(() => String) endpoint!: string;
  @Field(() => Int) inFlight!: number;
  @Field(() => Int) queued!: number;
  @Field(() => Int, { description: 'Highest in-flight count seen since start.' }) maxInFlight!: number;
  @Field(() => String, { description: 'CLOSED, OPEN or HALF_OPEN' }) breaker!: string;
  @Field(() => Int) consecutiveFailures!: number;
  @Field(() => String, { nullable: true }) lastFailure!: string | null;
}
