import { graphql, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { answerPrefetched, prefetched } from './prefetch';

describe('prefetched field values', () => {
  const calls: string[] = [];
  const Row = new GraphQLObjectType<{ id: number }>({
    name: 'Row',
    fields: {
      id: { type: GraphQLInt },
      count: {
        type: GraphQLInt,
        resolve: (row) => {
          calls.push(`count ${row.id}`);
          return row.id * 10;
        },
      },
      label: {
        type: GraphQLString,
        args: { prefix: { type: GraphQLString } },
        resolve: (row, args: { prefix?: string }) => {
          calls.push(`label ${row.id}`);
          return `${args.prefix ?? ''}${row.id}`;
        },
      },
    },
  });
  const schema = answerPrefetched(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          rows: {
            type: new GraphQLList(Row),
            resolve: () => [
              prefetched({ id: 1 }, { count: 7, label: 'never used' }),
              prefetched({ id: 2 }, { count: undefined }),
              { id: 3 },
              prefetched({ id: 4 }, { count: null }),
            ],
          },
        },
      }),
    }),
  );

  beforeEach(() => (calls.length = 0));

  it('answers a field from the value handed over with the row, without its resolver', async () => {
    const result = await graphql({ schema, source: '{ rows { id count } }' });
    expect(result.data).toEqual({ rows: [{ id: 1, count: 7 }, { id: 2, count: 20 }, { id: 3, count: 30 }, { id: 4, count: null }] });
    // Row 2 handed over no value (undefined) and row 3 none at all: their resolvers ran; a null is a value.
    expect(calls).toEqual(['count 2', 'count 3']);
  });

  it('always runs the resolver of a field with arguments', async () => {
    const result = await graphql({ schema, source: '{ rows { label(prefix: "#") } }' });
    expect(result.data).toEqual({ rows: [{ label: '#1' }, { label: '#2' }, { label: '#3' }, { label: '#4' }] });
    expect(calls).toEqual(['label 1', 'label 2', 'label 3', 'label 4']);
  });
});
