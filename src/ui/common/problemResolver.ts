import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { zodIssueProblems } from '../../domain/problems';
import { currentIntl } from '../../i18n/react';
import { problemText } from '../../words/problems';

/**
 * react-hook-form's resolver for a domain schema: the schema reports problem codes, and
 * each field's message is the code's words in the language chosen when the form is checked.
 * The error's `type` is the problem code.
 */
export function problemResolver<S extends z.ZodType<unknown, FieldValues>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const intl = currentIntl();
    const errors: Record<string, FieldError> = {};
    for (const { path, found } of zodIssueProblems(result.error.issues)) {
      const name = path.map(String).join('.');
      // The first problem of a field is the one shown, as zod's own resolver does.
      if (!errors[name]) errors[name] = { type: found.code, message: problemText(intl, found) };
    }
    return { values: {}, errors: toNestErrors(errors as FieldErrors, options) };
  };
}
