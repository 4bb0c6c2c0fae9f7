import formatjs from 'eslint-plugin-formatjs';

/**
 * Local lint rules that keep every word on screen in the message catalogue (issue 12).
 *
 * `words-in-jsx`: formatjs's `no-literal-string-in-jsx`, reporting only literals that contain
 * a letter. Spaces, punctuation and symbols between translated pieces (`{' '}`, ` · `, `…`,
 * `⚑`) say nothing a translator could change; a word in JSX text or in a user-visible prop
 * (aria-label, title, placeholder, alt, label…) is reported.
 *
 * `compiled-messages`: a message descriptor the build cannot compile. `@formatjs/vite-plugin`
 * gives a descriptor its id and compiled text only where it stands literally as the first
 * argument of `formatMessage`/`defineMessage` (called by that name, as a function or a method),
 * as a value of the object literal passed to `defineMessages`, or as `<FormattedMessage>`'s
 * props. Anywhere else (a bare object, `formatMessage(language, {...})`, a renamed
 * `const t = intl.formatMessage`, `defineMessages({...} as const)`) it stays uncompiled: no id,
 * so no translation, and the app build (which ships no ICU parser) throws at run time.
 */

const LETTER = /\p{L}/u;

/** The words a reported node shows: a string literal's value, a JSX text, a template's fixed parts. */
function literalText(node) {
  if (!node) return '';
  switch (node.type) {
    case 'JSXAttribute':
      return literalText(node.value);
    case 'Literal':
      return typeof node.value === 'string' ? node.value : '';
    case 'JSXText':
      return node.value;
    case 'TemplateLiteral':
      return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ');
    default:
      return '';
  }
}

const literalRule = formatjs.rules['no-literal-string-in-jsx'];

const wordsInJsx = {
  meta: { ...literalRule.meta, docs: { description: 'Words in JSX text and user-visible props go through the message catalogue.' } },
  create(context) {
    const filtered = Object.create(context, {
      report: {
        value: (descriptor) => {
          if (LETTER.test(literalText(descriptor.node))) context.report(descriptor);
        },
      },
    });
    return literalRule.create(filtered);
  },
};

const COMPILED_CALLS = new Set(['formatMessage', '$formatMessage', '$t', 'defineMessage']);

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

const isDescriptor = (node) =>
  node.properties.some((p) => p.type === 'Property' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === 'defaultMessage') || (p.key.type === 'Literal' && p.key.value === 'defaultMessage')));

function compiledWhereItStands(node) {
  const parent = node.parent;
  if (parent?.type === 'CallExpression' && parent.arguments[0] === node) return COMPILED_CALLS.has(calleeName(parent.callee) ?? '');
  if (parent?.type === 'Property' && parent.value === node) {
    const map = parent.parent;
    const call = map.parent;
    return call?.type === 'CallExpression' && call.arguments[0] === map && calleeName(call.callee) === 'defineMessages';
  }
  return false;
}

const compiledMessages = {
  meta: {
    type: 'problem',
    docs: { description: 'Message descriptors stand where the build compiles them.' },
    schema: [],
    messages: {
      uncompiled:
        'The build compiles a message only as the literal first argument of formatMessage/defineMessage, a value of defineMessages({...}), or <FormattedMessage> props; here it would stay uncompiled (no id, no translation, an error at run time).',
      jsx: 'Only <FormattedMessage> takes a defaultMessage prop the build compiles.',
    },
  },
  create(context) {
    return {
      ObjectExpression(node) {
        if (isDescriptor(node) && !compiledWhereItStands(node)) context.report({ node, messageId: 'uncompiled' });
      },
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || node.name.name !== 'defaultMessage') return;
        const element = node.parent.name;
        if (element.type !== 'JSXIdentifier' || element.name !== 'FormattedMessage') context.report({ node, messageId: 'jsx' });
      },
    };
  },
};

export default {
  meta: { name: 'hrba-i18n' },
  rules: { 'words-in-jsx': wordsInJsx, 'compiled-messages': compiledMessages },
};
