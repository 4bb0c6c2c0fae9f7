import { html, trusted, type Html } from './escape';

/**
 * The opening of every HTML report, up to and including `<body>`: one place for
 * what makes the file self-contained and inert (its own CSP allows no script and
 * no external resource, no referrer leaks from its links) and readable on a phone
 * (the viewport). `lang` and `dir` are parameters so a report in another language
 * (issue 12) sets them here too.
 */
export function documentStart(options: { title: string; style: string; lang?: string; dir?: 'ltr' | 'rtl' }): Html {
  const dir = options.dir && options.dir !== 'ltr' ? html` dir="${options.dir}"` : '';
  return html`<!doctype html>
<html lang="${options.lang ?? 'en'}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
<style>${trusted(options.style)}</style>
</head>
<body>
`;
}
