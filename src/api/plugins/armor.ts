import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { ValidationRule } from 'graphql';
import { costLimitPlugin, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin, maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { ApiOptions } from '../options.js';

/**
 * graphql-armor's limits. They run at parse and validation time, which yoga
 * caches per query text, so a repeated query pays for them once. Each refusal
 * gets its own `extensions.code` (armor leaves codes to the server).
 */
export function armorPlugins(options: ApiOptions): Plugin[] {
  const { limits } = options;
  const tag = (code: string) => ({
    onReject: [(_ctx: unknown, error: GraphQLError) => void Object.assign(error.extensions as Record<string, unknown>, { code, http: { status: 400 } })],
  });
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens, ...tag('TOO_MANY_TOKENS') }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, ...tag('QUERY_TOO_DEEP') }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, ...tag('TOO_MANY_ALIASES') }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, ...tag('TOO_MANY_DIRECTIVES') }) as Plugin,
    costLimitPlugin({ maxCost: limits.maxCost, ...tag('QUERY_TOO_COSTLY') }) as Plugin,
  ];
  if (!options.fieldSuggestions) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}

/**
 * The same limits as validation rules, for the fast path (fast-path.ts), which
 * validates a query once with these before serving it without yoga. Any
 * refusal there sends the request through yoga, which refuses it properly.
 */
export function armorRules(options: ApiOptions): ValidationRule[] {
  const { limits } = options;
  return [
    maxDepthRule({ n: limits.maxDepth }),
    maxAliasesRule({ n: limits.maxAliases }),
    maxDirectivesRule({ n: limits.maxDirectives }),
    costLimitRule({ maxCost: limits.maxCost }),
  ] as unknown as ValidationRule[];
}
