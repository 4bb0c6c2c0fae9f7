import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import i18n from '../../../scripts/eslint/i18n.mjs';

/**
 * The lint rules that keep words in the catalogue (scripts/eslint/i18n.mjs), run on small
 * sources: what they must report, and what they must leave alone (class names, ids, spaces
 * and punctuation between translated pieces, descriptors where the build compiles them).
 */
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

const PROPS = { props: { include: [['*', '{title,alt,label,placeholder,aria-label}']] } };

tester.run('words-in-jsx', i18n.rules['words-in-jsx'], {
  valid: [
    { code: `<p className="lead muted" id="x-title" data-testid="list" key="a">{intl.formatMessage(M.title)}</p>`, options: [PROPS] },
    { code: `<a href="https://example.org/guide"><FormattedMessage defaultMessage="Guide" description="d" /></a>`, options: [PROPS] },
    { code: `<span>{a}{' '}·{' '}{b} — {c}: {d}… ⚑ ({e})</span>`, options: [PROPS] },
    { code: 'const x = <span aria-hidden="true">{open ? "▴" : "▾"}</span>;', options: [PROPS] },
    { code: '<td>{count}{flags > 0 && ` ${flagText}`}</td>', options: [PROPS] },
    { code: '<input type="radio" value="ECDSA-P256" name="algorithm" />', options: [PROPS] },
  ],
  invalid: [
    { code: '<p>Saving…</p>', options: [PROPS], errors: 1 },
    { code: `<span>{done ? 'Saved' : ''}</span>`, options: [PROPS], errors: 1 },
    { code: '<td>{count}{flags > 0 && `, ${flags} red flags`}</td>', options: [PROPS], errors: 1 },
    { code: '<button aria-label="Close the dialog" />', options: [PROPS], errors: 1 },
    { code: '<Dialog title="Delete this finding?" />', options: [PROPS], errors: 1 },
    { code: '<input placeholder="Search" />', options: [PROPS], errors: 1 },
    { code: '<img alt="Logo" src="a.png" />', options: [PROPS], errors: 1 },
    { code: '<TextField name="title" label="Title (required)" />', options: [PROPS], errors: 1 },
    { code: '<form aria-label={`Rate “${title}”`} />', options: [PROPS], errors: 1 },
  ],
});

tester.run('compiled-messages', i18n.rules['compiled-messages'], {
  valid: [
    `const M = defineMessages({ a: { defaultMessage: 'A', description: 'd' } });`,
    `const m = defineMessage({ defaultMessage: 'A', description: 'd' });`,
    `intl.formatMessage({ defaultMessage: 'A', description: 'd' }, { n: 1 });`,
    `props.intl.formatMessage({ defaultMessage: 'A', description: 'd' });`,
    `formatMessage({ defaultMessage: 'A', description: 'd' });`,
    `formatMessage(language, M.a, { n: 1 });`,
    `const x = <FormattedMessage defaultMessage="A" description="d" />;`,
    `const x = <FormattedMessage {...M.a} values={{ n: 1 }} />;`,
    `const options = { title: 'not a message', description: 'no defaultMessage here' };`,
  ],
  invalid: [
    { code: `const m = { defaultMessage: 'A', description: 'd' };`, errors: [{ messageId: 'uncompiled' }] },
    { code: `formatMessage(language, { defaultMessage: 'A', description: 'd' });`, errors: [{ messageId: 'uncompiled' }] },
    { code: `const t = intl.formatMessage; t({ defaultMessage: 'A', description: 'd' });`, errors: [{ messageId: 'uncompiled' }] },
    { code: `const M = defineMessages({ a: { defaultMessage: 'A', description: 'd' } } as const);`, errors: [{ messageId: 'uncompiled' }] },
    { code: `const list = [{ defaultMessage: 'A', description: 'd' }].map((m) => intl.formatMessage(m));`, errors: [{ messageId: 'uncompiled' }] },
    { code: `const x = <Message defaultMessage="A" description="d" />;`, errors: [{ messageId: 'jsx' }] },
  ],
});
