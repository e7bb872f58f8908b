import { ArrayMaxSize, ArrayUnique } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class SetJointEnterprisesArgs {
  @Field(() => ID)
  jointBranchId: string;

  @Field(() => Int, { description: 'The version of the joint branch you read' })
  version: number;

  @Field(() => [ID], { description: 'Every enterprise the joint branch takes in, replacing the present ones' })
  @ArrayMaxSize(100)
  @ArrayUnique()
  enterpriseIds: string[];
}
