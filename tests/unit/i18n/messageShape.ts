import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * What a translation must keep from its source: every argument with its kind, every tag,
 * and each select's cases. Plural cases may differ (Arabic has six categories, English two),
 * but the arguments used inside them must stay. (The parser itself refuses a plural or
 * select without an `other` case.)
 */
export function messageShape(message: string): string[] {
  const out = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      switch (el.type) {
        case TYPE.argument:
          out.add(`{${el.value}}`);
          break;
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          out.add(`{${el.value}, ${TYPE[el.type]}}`);
          break;
        case TYPE.tag:
          out.add(`<${el.value}>`);
          walk(el.children);
          break;
        case TYPE.select:
          out.add(`{${el.value}, select, ${Object.keys(el.options).sort().join(' ')}}`);
          Object.values(el.options).forEach((option) => walk(option.value));
          break;
        case TYPE.plural:
          out.add(`{${el.value}, ${el.pluralType === 'ordinal' ? 'selectordinal' : 'plural'}}`);
          Object.values(el.options).forEach((option) => walk(option.value));
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return [...out].sort();
}
