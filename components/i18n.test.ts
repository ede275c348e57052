import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_KINDS_FOR_TEST, CLAIM_TYPES_FOR_TEST, ENTITY_TYPES_FOR_TEST } from './i18n.fixtures';
import { ageText, claimTypeName, entityTypeName, kindName, plural, translatorFrom } from './i18n';

const messages = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const t = translatorFrom(messages);

describe('i18n', () => {
  it('substitutes $1…', () => {
    expect(t('alwaysHide', ['trending links', 'cnet.com'])).toBe('Always hide trending links on cnet.com');
  });
  it('picks plural forms', () => {
    expect(plural(t, 'countEntities', 1)).toBe('1 entity');
    expect(plural(t, 'countEntities', 14)).toBe('14 entities');
    expect(ageText(t, 4399)).toBe('12 years old');
    expect(ageText(t, 40)).toBe('1 month old');
  });
  it('has a name for every kind, entity type and claim type', () => {
    for (const k of BOILERPLATE_KINDS_FOR_TEST) expect(kindName(t, k)).not.toBe('');
    for (const e of ENTITY_TYPES_FOR_TEST) expect(entityTypeName(t, e)).not.toBe('');
    for (const c of CLAIM_TYPES_FOR_TEST) expect(claimTypeName(t, c)).not.toBe('');
  });
  it('uses only key names the browsers accept', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
