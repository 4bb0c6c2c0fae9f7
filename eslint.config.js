import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import formatjs from 'eslint-plugin-formatjs';
import i18n from './scripts/eslint/i18n.mjs';

const restrict = (...paths) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.filter((p) => p.name).map(({ name, message }) => ({ name, message })),
      patterns: paths.filter((p) => p.group).map(({ group, message }) => ({ group, message })),
    },
  ],
});

const DEXIE = { name: 'dexie', message: 'Only src/db talks to IndexedDB; use a repository from src/db.' };
const JSPDF = { name: 'jspdf', message: 'Only src/report renders PDFs; build a report model in src/domain and render it there.' };
const CRYPTO = {
  group: ['pkijs', 'asn1js', 'node-forge', '@signpdf/*', 'buffer'],
  message: 'Only src/crypto handles keys, certificates and signatures; import src/crypto (lazily, from the UI).',
};
const REACT = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xstate/react', 'react-hook-form', 'dexie-react-hooks'], message: 'src/domain is pure TypeScript: no React.' };
// '!./report/**' lets the domain index re-export its own report model (src/domain/report); src/report stays out of reach.
const NO_UI = { group: ['**/ui/**', '**/db/**', '**/report/**', '!./report/**', '**/machines/**', '**/app/**', '**/words/**', 'xstate', 'dexie', 'jspdf'], message: 'src/domain depends on nothing but zod and itself (STYLE.md layers).' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'dist-cli/**', 'node_modules/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...restrict(DEXIE, JSPDF, CRYPTO),
    },
  },
  {
    // Issue 12: every word on screen comes from the message catalogue, and every message is one the build compiles.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { formatjs, i18n },
    rules: {
      // Words in JSX text and in props people see or hear (formatjs checks aria-label/description, title, placeholder and
      // img alt by default; these add every element's title, alt and label). Class names, ids, test ids, keys and
      // URLs are props it never reads.
      'i18n/words-in-jsx': ['error', { props: { include: [['*', '{title,alt,label,placeholder,aria-label,aria-description,aria-roledescription,aria-valuetext}']] } }],
      'i18n/compiled-messages': 'error',
      'formatjs/enforce-description': ['error', 'literal'],
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-placeholders': 'error',
      'formatjs/no-invalid-icu': 'error',
    },
  },
  { files: ['src/db/**'], rules: restrict(JSPDF, CRYPTO) },
  { files: ['src/report/**'], rules: restrict(DEXIE, CRYPTO) },
  { files: ['src/domain/**'], rules: restrict(DEXIE, JSPDF, REACT, NO_UI, CRYPTO) },
  { files: ['src/machines/**'], rules: restrict(DEXIE, JSPDF, CRYPTO, { group: ['react', 'react-dom', '**/ui/**', '**/db/**'], message: 'Machines talk to the world only through provided actors.' }) },
  {
    files: ['src/crypto/**'],
    rules: restrict(DEXIE, JSPDF, {
      group: ['react', 'react-dom', '**/ui/**', '**/db/**', '**/report/**', '**/machines/**', '**/app/**'],
      message: 'src/crypto is pure TypeScript over WebCrypto and its libraries; it may use src/domain, nothing above it.',
    }),
  },
);
