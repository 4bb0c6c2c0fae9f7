import { readFileSync } from 'node:fs';
const en = JSON.parse(readFileSync('src/i18n/messages/en.json', 'utf8'));
const fr = JSON.parse(readFileSync('src/i18n/messages/fr.json', 'utf8'));
for (const [id, m] of Object.entries(en)) if (!(id in fr)) console.log(JSON.stringify({ id, en: m.defaultMessage, d: m.description }));
