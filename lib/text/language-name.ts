// Apart from language.ts so that the popup, which only names languages, does not bundle franc.

/**
 * A language's name ("rus" → "Russian") in `locale` (the runtime's own when omitted), or null
 * when the runtime has no name for the code (Intl hands the code back).
 */
export function languageName(code: string, locale?: string): string | null {
  try {
    const name = new Intl.DisplayNames(locale, { type: 'language' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}
