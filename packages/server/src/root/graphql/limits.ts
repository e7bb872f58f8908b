import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';

/** Most tokens (names, punctuation, values) a document may have. */
export const MAX_TOKENS = 3000;

/**
 * Query limits: deep, wide (aliases), long (tokens) and costly documents are refused before
 * they run, each as a 400 with BAD_USER_INPUT. The dashboard's heaviest query uses depth 4,
 * no aliases beyond its two list roots and well under 1,000 tokens.
 *
 * Depth, aliases, directives and cost are graphql-armor's validation rules. The token limit is
 * graphql-js's own parser option: graphql-armor's version parses the document a second time in a
 * plugin hook and throws there, which Apollo Server takes for a fault of its own (a 500, for every
 * syntax error too). Suggestions ("Did you mean …?") are removed in production by
 * `withoutSuggestions`, which also covers the enum values graphql-armor's plugin leaves in.
 */
export function queryLimits(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[]; parseOptions: ParseOptions } {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules: armor.validationRules, plugins: armor.plugins, parseOptions: { maxTokens: MAX_TOKENS } };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * An error message without graphql-js's suggestions of field, argument, type and enum value
 * names ("Did you mean the enum value "ADMIN"?"): in production they would list the schema to
 * anyone guessing at it.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
