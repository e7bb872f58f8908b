import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits from graphql-armor: deep, wide (aliases), long (tokens) and costly
 * documents are refused before they run. The dashboard's heaviest query uses depth 4,
 * no aliases beyond its two list roots and well under 1,000 tokens.
 */
export function queryLimits(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { n: 3000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
