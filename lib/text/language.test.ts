import { describe, expect, it } from 'vitest';
import { bodyLanguage, detectLanguage } from './language';
import { languageName } from './language-name';

describe('detectLanguage', () => {
  it('names the language of a story that is not in English', () => {
    const russian =
      'Городской совет в понедельник обсудил бюджет на следующий год. Мэр заявил, что расходы на дороги вырастут, а программа ремонта школ будет продолжена до конца весны.';
    const portuguese =
      'A prefeitura apresentou nesta segunda-feira o orçamento para o próximo ano. Segundo o prefeito, os gastos com estradas vão aumentar e as obras nas escolas continuam até o fim do verão.';
    const german =
      'Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr beraten. Die Bürgermeisterin sagte, die Ausgaben für Straßen würden steigen und die Sanierung der Schulen gehe weiter.';
    expect(detectLanguage(russian)).toBe('rus');
    expect(detectLanguage(portuguese)).toBe('por');
    expect(detectLanguage(german)).toBe('deu');
  });

  it('calls English prose English', () => {
    const prose =
      'The city council met on Monday to discuss next year’s budget. The mayor said spending on roads would rise and that the repairs to the schools would continue until the end of spring.';
    expect(detectLanguage(prose)).toBe('eng');
  });

  it('takes a page’s declared English over trigrams when the body is short', () => {
    // A short sports round-up is mostly names and numbers: its trigrams alone read as French.
    const scores =
      'Palm Grove d. Riverside 64-51. Palm Grove (2-0): Jordan Ellis 21 points, 6 rebounds. Sam Ortiz 14 points. Riverside (0-2): Casey Brooks 18 points. Lee Park 9 points, 4 steals. Boys soccer: Harbor City 3, Westfield 1. Goals: N. Carter 2, J. Moss.';
    expect(detectLanguage(scores)).not.toBe('eng');
    expect(bodyLanguage(scores, 'en-US')).toBe('eng');
    // A long body is judged by its text: CMS templates declare "en" on German stories.
    const german =
      'Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr beraten. Die Bürgermeisterin sagte, die Ausgaben für Straßen würden steigen und die Sanierung der Schulen gehe weiter. ';
    expect(bodyLanguage(german.repeat(8), 'en')).toBe('deu');
  });

  it('does not guess from a line or two', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Der Stadtrat tagt.')).toBeNull();
  });
});

describe('languageName', () => {
  it('names a language in the given locale, or gives null for a code it cannot name', () => {
    expect(languageName('rus', 'en')).toBe('Russian');
    expect(languageName('por', 'en')).toBe('Portuguese');
    expect(languageName('zlm', 'en')).toBeNull();
  });
});
