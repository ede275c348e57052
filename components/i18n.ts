import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BoilerplateKind, ClaimType, EntityType } from '../lib/report';

/**
 * UI strings go through the browser's i18n (`public/_locales/<lang>/messages.json`). The
 * components get a translator from context, so they never call `browser.*`; the entrypoints
 * give them `browser.i18n.getMessage`, tests give them the same messages file.
 */
export type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Keys with a `_one`/`_other` pair, chosen by the plural rules of the reader's locale. */
type PluralBase<K = MessageKey> = K extends `${infer B}_other` ? B : never;

export const I18n = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18n);
}

/**
 * A translator over a messages object in the WebExtension format, with `$1`…`$9` standing for
 * the substitutions, as `i18n.getMessage` reads them.
 */
export function translatorFrom(messages: Record<string, { message: string }>): Translate {
  return (key, substitutions) => {
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const template = messages[key]?.message ?? '';
    return template.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

const pluralRules = new Intl.PluralRules();

/** "1 entity", "14 entities": the count in words, in the reader's locale. */
export function plural(t: Translate, base: PluralBase, count: number): string {
  const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
  const n = new Intl.NumberFormat().format(count);
  return t(`${base}_${form}` as MessageKey, n);
}

/** "12 years old", "3 months old": an article's age, from whole days. */
export function ageText(t: Translate, days: number): string {
  const years = Math.floor(days / 365.25);
  if (years >= 1) return plural(t, 'ageYears', years);
  const months = Math.floor(days / 30.44);
  if (months >= 1) return plural(t, 'ageMonths', months);
  if (days >= 1) return plural(t, 'ageDays', days);
  return t('ageToday');
}

export function kindName(t: Translate, kind: BoilerplateKind): string {
  return t(`kind_${kind.replace(/-/g, '_')}` as MessageKey);
}

export function entityTypeName(t: Translate, type: EntityType): string {
  return t(`entity_${type}` as MessageKey);
}

export function claimTypeName(t: Translate, type: ClaimType): string {
  return t(`claim_${type}` as MessageKey);
}
