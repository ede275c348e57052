import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translatorFrom, type Translate } from './i18n';

/** The real English messages, for component tests: what the browser's i18n would return. */
export const englishT: Translate = translatorFrom(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>,
);
