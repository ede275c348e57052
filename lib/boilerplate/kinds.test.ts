import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA_DIR, loadDocument, REFERENCE_NOW, REFERENCE_URL } from '../../fixtures/load';
import { extractArticle } from '../article';
import { staticPageView } from '../dom/page-view';
import { detectBoilerplate } from './index';
import { ABSORBS, KIND_CUES, SHAPE_CUES, classifyKind, hasPhrase, nameWordsOf, shapeOf, type KindEvidence } from './kinds';
import { cpuMs, HANG_GUARD_MS } from '../../fixtures/cpu-time';

/** A plain <div> with nothing but its text: the kind must come from the words alone. */
function plain(text: string, overrides: Partial<KindEvidence> = {}): KindEvidence {
  const items = text.split(' · ');
  const linked = items.length > 2 ? 0.8 : 0;
  return { tag: 'div', role: null, siteLevel: false, nameWords: [], contextWords: [], text, linkDensity: linked, ...overrides };
}

describe('KIND_CUES', () => {
  for (const cues of KIND_CUES) {
    it(`${cues.kind}: names its examples`, () => {
      for (const example of cues.examples) expect(classifyKind(plain(example)).kind, example).toBe(cues.kind);
    });
  }

  it('keeps each name word with one kind, so that a class name is never ambiguous', () => {
    const seen = new Map<string, string>();
    for (const cues of KIND_CUES) {
      for (const w of cues.nameWords ?? []) {
        expect(seen.get(w), `"${w}" in ${cues.kind} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, cues.kind);
      }
    }
  });

  it('has lower-case phrases in every language', () => {
    for (const cues of KIND_CUES) {
      for (const list of [...Object.values(cues.phrases), ...Object.values(cues.weakPhrases ?? {})]) {
        for (const p of list) expect(p, cues.kind).toBe(p.toLowerCase());
      }
    }
  });
});

describe('classifyKind', () => {
  it('reads the reference page the way a reader does', () => {
    const strip = 'Cyber Monday Deals Still Available · Deals Under $25 · Deals Under $50 · Giving Tuesday · Tech Fails of 2022';
    expect(['trending', 'promo']).toContain(classifyKind(plain(strip, { nameWords: nameWordsOf('c-trendingBar') })).kind);
    const prompt = 'Want CNET to notify you of price drops and the latest stories? · No, thank you · Accept';
    expect(classifyKind(plain(prompt, { role: 'dialog', nameWords: nameWordsOf('c-pushPrompt Notifications') })).kind).toBe('notification-prompt');
    const footer = 'Privacy Policy · Terms of Use · Cookie Settings · About CNET · © 2022 CNET, a Red Ventures company. All rights reserved.';
    expect(classifyKind(plain(footer, { tag: 'footer', siteLevel: true })).kind).toBe('footer');
  });

  it('names other languages too', () => {
    expect(classifyKind(plain('Wir verwenden Cookies · Alle akzeptieren')).kind).toBe('cookie-consent');
    expect(classifyKind(plain('Partager · Facebook · X')).kind).toBe('social');
    expect(classifyKind(plain('Artículos relacionados · Uno · Dos · Tres')).kind).toBe('related');
  });

  it('lets a footer swallow the menus inside it, not its newsletter box', () => {
    expect(ABSORBS.footer).toContain('nav');
    const menu = 'About · Careers · Press · Blog · Contact';
    expect(classifyKind(plain(menu, { nameWords: ['menu'], inherited: 'footer' })).kind).toBe('footer');
    const box = 'Subscribe · Sign up with your email address to receive news and updates. · Email Address · Sign Up';
    expect(classifyKind(plain(box, { inherited: 'footer' })).kind).toBe('newsletter');
  });

  it('gives little weight to a phrase met in passing in long prose', () => {
    const prose = `${'The council met on Monday to discuss the budget and the schools. '.repeat(8)}It was a good deal.`;
    expect(classifyKind(plain(prose)).score).toBeLessThan(1);
  });

  it('says why, in short phrases', () => {
    const v = classifyKind(plain('Related Posts · One · Two · Three', { nameWords: ['related'] }));
    expect(v.kind).toBe('related');
    expect(v.reasons).toContain('named "related"');
    expect(v.reasons).toContain('titled "related"');
  });
});

describe('shape cues', () => {
  it('see a follow-us list and a menu for what they are', () => {
    expect(SHAPE_CUES.find((c) => c.kind === 'social')!.test(shapeOf('Facebook · X · Instagram · YouTube', 0.9))).toBe(true);
    expect(SHAPE_CUES.find((c) => c.kind === 'nav')!.test(shapeOf('Home · News · Sport · Weather · Travel', 0.9))).toBe(true);
    expect(SHAPE_CUES.find((c) => c.kind === 'nav')!.test(shapeOf('A paragraph of prose, with no links in it.', 0))).toBe(false);
  });
});

describe('hasPhrase', () => {
  it('matches whole words only', () => {
    expect(hasPhrase('read more', 'ad')).toBe(false);
    expect(hasPhrase('advertisement', 'ad')).toBe(false);
    expect(hasPhrase('an ad here', 'ad')).toBe(true);
    expect(hasPhrase('© 2025 acme', '©')).toBe(true);
  });

  it('stays fast on hostile text', () => {
    const text = 'ad'.repeat(500_000);
    const ms = cpuMs(() => {
      hasPhrase(text, 'ad ');
      classifyKind(plain(text));
    });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });
});

describe('evidence of the cue groups', () => {
  const root = join(import.meta.dirname, '..', '..');
  const labels = readFileSync(join(CORPORA_DIR, 'boilerplate', 'dev.jsonl'), 'utf8');
  const kindsOn = new Map<string, string[]>();
  /** The kinds the pipeline gives the blocks of a fixture page. */
  function kindsOf(fixture: string): string[] {
    let kinds = kindsOn.get(fixture);
    if (kinds) return kinds;
    const doc = loadDocument(readFileSync(join(root, fixture, 'source.html'), 'utf8'), REFERENCE_URL);
    const result = extractArticle(doc, { url: REFERENCE_URL, now: REFERENCE_NOW });
    kinds = result.ok
      ? detectBoilerplate(doc, result.value.bodyElements, { view: staticPageView, now: REFERENCE_NOW, title: result.value.article.title }).map((b) => b.kind)
      : [];
    doc.defaultView?.close();
    kindsOn.set(fixture, kinds);
    return kinds;
  }

  for (const cues of KIND_CUES) {
    it(`${cues.kind}: says why, and its evidence holds`, () => {
      expect(cues.why.length).toBeGreaterThan(20);
      expect(cues.evidence.length).toBeGreaterThan(0);
      for (const e of cues.evidence) {
        if (e.startsWith('fixtures/')) {
          expect(existsSync(join(root, e, 'source.html')), e).toBe(true);
          // A stale-promo fixture may ship its banner hidden, or not be an article at all.
          const fx = e === 'fixtures/pages/reference' ? {} : (JSON.parse(readFileSync(join(root, e, 'expected.json'), 'utf8')) as { view?: string; article?: boolean });
          if (fx.view !== 'shown' && fx.article !== false) {
            expect(kindsOf(e), e).toContain(cues.kind);
          }
        } else if (e.startsWith('dev.jsonl: ')) {
          expect(labels).toContain(`"kind": "${e.slice('dev.jsonl: '.length)}"`);
        } else {
          expect(existsSync(join(CORPORA_DIR, e)), e).toBe(true);
        }
      }
    });
  }
});
