import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, valueFromASTUntyped, type ExecutionResult, type GraphQLSchema, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from '../../kernel/context';

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

/** Compiled documents kept; past that, the least recently used goes. */
const DEFAULT_CACHE_SIZE = 1000;

/**
 * The compiled executor, handed to Apollo Server through its gateway interface (Apollo Server
 * has no executor option). Everything before execution stays Apollo's: HTTP handling, CSRF
 * prevention, parsing and validation with their limits, request hooks, error formatting.
 * Each document is compiled once, keyed by its hash and operation name. The answers are the
 * ones graphql-js gives: variables are coerced by graphql-js itself (so bad variables keep
 * their messages and BAD_USER_INPUT), and errors are rebuilt as graphql-js errors carrying the
 * thrown error, so `formatError` and the plugins see the same objects. Documents the compiler
 * refuses, and requests without a resolvable operation, run on graphql-js.
 *
 * Compiled code calls the resolvers it found on the schema when it compiled. Plugins with
 * field hooks (willResolveField) wrap the schema's resolvers on the first request, before it
 * executes, so documents are compiled with the wrapped ones. `rootValue`, `fieldResolver` and
 * incremental delivery (@defer) are not used here and are not supported by this executor.
 */
export function compiledExecutor(schema: GraphQLSchema, options: { cacheSize?: number } = {}): Gateway {
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const compiled = new Map<string, CompiledQuery | null>();

  const compile = (key: string, requestContext: RequestContext): CompiledQuery | null => {
    let found = compiled.get(key);
    if (found !== undefined) {
      // Most recently used last: the first key is the one to drop.
      compiled.delete(key);
      compiled.set(key, found);
      return found;
    }
    try {
      const result = compileQuery(schema, requestContext.document, requestContext.request.operationName);
      found = isCompiledQuery(result) ? result : null;
    } catch {
      found = null;
    }
    compiled.set(key, found);
    if (compiled.size > cacheSize) compiled.delete(compiled.keys().next().value as string);
    return found;
  };

  const interpret = (requestContext: RequestContext) =>
    execute({
      schema,
      document: requestContext.document,
      contextValue: requestContext.context,
      variableValues: requestContext.request.variables,
      operationName: requestContext.request.operationName,
    });

  const executor: Executor = async (requestContext) => {
    const operation = requestContext.operation as RequestContext['operation'] | undefined;
    if (!operation) return interpret(requestContext);
    const variables = { ...(requestContext.request.variables ?? {}) };
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
      // A variable left out takes its default, as graphql-js gives it: the compiled query does not
      // fill in the default of a non-null variable (`$c: [T!]! = [A]`), and would fail on it.
      for (const definition of operation.variableDefinitions) {
        const name = definition.variable.name.value;
        if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
      }
    }
    const query = compile(`${requestContext.queryHash}\u0000${requestContext.request.operationName ?? ''}`, requestContext);
    if (!query) return interpret(requestContext);
    const result = await query.query(undefined, requestContext.context, variables);
    return result.errors ? withGraphQLErrors(result) : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * The compiler's errors as graphql-js makes them: a GraphQLError around the thrown error, with
 * its extensions (the error code) and stack, at the same locations and path.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  return {
    ...result,
    errors: result.errors!.map((error) => {
      const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
      if (error.locations) (rebuilt as { locations?: readonly SourceLocation[] }).locations = error.locations;
      return rebuilt;
    }),
  };
}
