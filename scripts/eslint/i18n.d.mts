import type { ESLint } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: Record<'words-in-jsx' | 'compiled-messages', import('eslint').Rule.RuleModule> };
export default plugin;
