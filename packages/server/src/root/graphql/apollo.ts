import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { AuditService } from '../../audit/audit.service';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { GraphQLContext } from '../../kernel/context';
import { createErrorFormatter } from '../../kernel/errors';
import { compiledExecutor } from './executor';
import { withoutSuggestions, type queryLimits } from './limits';

/**
 * Apollo Server as the service runs it: the compiled executor when configured, no landing page
 * and no cache hints, the query limits, one error formatter (no suggestions in production), a
 * request refused before it runs answered 400, every error carrying the request's id, and every
 * refusal for lack of a permission on the audit trail.
 */
export function createApollo({
  config,
  schema: graphqlSchema,
  server,
  db,
  logger,
  limits,
}: {
  config: Config;
  schema: GraphQLSchema;
  server: http.Server;
  db: Database;
  logger: Logger;
  limits: ReturnType<typeof queryLimits>;
}): ApolloServer<GraphQLContext> {
  const audit = new AuditService();
  const formatError = createErrorFormatter({
    production: config.production,
    log: (error) => logger.error({ err: error }, 'unexpected error in a GraphQL request'),
  });
  // Either way Apollo Server parses, validates and formats; the compiled executor comes in through its gateway interface.
  const execution = config.graphqlExecutor === 'jit' ? { gateway: compiledExecutor(graphqlSchema) } : { schema: graphqlSchema };
  return new ApolloServer<GraphQLContext>({
    ...execution,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: a cache in one server's memory misses on the next server behind
    // a load balancer. A hash sent alone is PERSISTED_QUERY_NOT_SUPPORTED, on which Apollo Client's
    // persisted-queries link sends the whole query instead (docs/api.md, "Clients").
    persistedQueries: false,
    // main.ts owns SIGTERM and SIGINT: it drains requests in flight, closes the database and exits 0.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // In production no message suggests names of the schema ("Did you mean …?").
    formatError: config.production
      ? (formatted, error) => {
          const answer = formatError(formatted, error);
          return { ...answer, message: withoutSuggestions(answer.message) };
        }
      : formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // The dashboard is the user interface; the landing page would load scripts from elsewhere.
      ApolloServerPluginLandingPageDisabled(),
      // Responses carry no cache hints (every answer depends on who asks); the plugin would time every field.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      {
        // A request refused before it runs (unparsable, invalid, over a limit: errors without a path)
        // is the client's fault: 400, not 500. Errors raised while it runs (a refused mutation's
        // BAD_USER_INPUT included) leave the answer 200, as GraphQL over HTTP asks for a
        // well-formed request: Apollo Client and react-admin read the errors from a 200 and lose
        // them from a 400 (docs/api.md, "Errors").
        // Every error carries the request's id, the one in the audit trail and the log.
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind !== 'single') return;
              const { data, errors } = response.body.singleResult;
              const requestId = contextValue?.requestId;
              if (errors && requestId) {
                response.body.singleResult.errors = errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
              }
              const refused = !data && errors?.length && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT' && !e.path);
              if (refused && (response.http.status === undefined || response.http.status >= 500)) response.http.status = 400;
            },
          };
        },
      },
      {
        // Every refusal for lack of a permission is on the audit trail, in a transaction of its own.
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue, operationName }) {
              const denied = errors.filter((e) => e.extensions?.code === 'FORBIDDEN' || (e.originalError as { extensions?: { code?: string } })?.extensions?.code === 'FORBIDDEN');
              if (!denied.length || !contextValue?.viewer) return;
              await db.write((em) =>
                audit.record(em, contextValue.actor, {
                  action: 'access.denied',
                  organizationId: contextValue.viewer?.user.organizationId ?? null,
                  changes: { operation: [null, operationName ?? null], path: [null, denied.map((e) => e.path?.join('.')).join(', ')] },
                }),
              );
            },
          };
        },
      },
    ],
  });
}
