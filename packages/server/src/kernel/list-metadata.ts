import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Totals of a list query, as react-admin reads them' })
export class ListMetadata {
  @Field(() => Int)
  count: number;
}
