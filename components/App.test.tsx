import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPage, REFERENCE_NOW, REFERENCE_URL } from '../fixtures/load';
import { annotate } from '../lib/annotate';
import type { BoilerplateKind } from '../lib/report';
import { App } from './App';
import { I18n } from './i18n';
import { englishT } from './test-i18n';
import './test-teardown';
import { mockConnector, mockState } from './mock';

const report = annotate(loadPage('reference'), { url: REFERENCE_URL, now: REFERENCE_NOW });
let container: HTMLElement;

function mount(connector: ReturnType<typeof mockConnector>): HTMLElement {
  container = document.createElement('div');
  document.body.appendChild(container);
  render(
    <I18n.Provider value={englishT}>
      <App connector={connector} />
    </I18n.Provider>,
    container,
  );
  return container;
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the popup', () => {
  it('shows loading, then the report once analysis is done', async () => {
    const el = mount(mockConnector({ status: 'loading' }, mockState({ report })));
    expect(el.textContent).toContain('Reading the page');
    await until(() => el.querySelector('[data-testid="counts"]') !== null);
    expect(el.querySelector('.title')?.textContent).toBe('Police question Daum Kakao CEO in child porn investigation');
    expect(el.querySelector('[data-testid="age"]')?.textContent).toBe('This article is 12 years old');
    expect(el.querySelector('[data-testid="counts"]')?.textContent).toBe(
      `${report.entities.length} entities · ${report.claims.length} legal claims · ${report.boilerplate.length} boilerplate blocks`,
    );
  });

  it('marks the stale strip with its evidence and hides it reversibly', async () => {
    const connector = mockConnector(mockState({ report }));
    const el = mount(connector);
    await until(() => el.querySelector('[data-testid="block"]') !== null);
    const strip = [...el.querySelectorAll('[data-testid="block"]')].find((b) => b.textContent?.includes('Cyber Monday'))!;
    expect(strip.classList.contains('stale')).toBe(true);
    expect(strip.querySelector('.evidence')?.textContent).toContain('2022');
    const button = () => [...strip.querySelectorAll('button')].find((b) => /on page$/.test(b.textContent ?? ''))!;
    expect(button().textContent).toBe('Hide on page');
    button().click();
    await until(() => button().textContent === 'Show on page');
    button().click();
    await until(() => button().textContent === 'Hide on page');
    const hides = connector.calls.filter((c) => c.method === 'setBlockHidden').map((c) => c.args[1]);
    expect(hides).toEqual([true, false]);
  });

  it('says why when the tab went away under it, instead of failing silently', async () => {
    const gone = new Error('Reload the tab to analyse it: Lede was installed or updated after it opened.');
    const connector = { ...mockConnector(mockState({ report })), setBlockHidden: () => Promise.reject(gone) };
    const el = mount(connector);
    await until(() => el.querySelector('[data-testid="block"]') !== null);
    const strip = [...el.querySelectorAll('[data-testid="block"]')].find((b) => b.textContent?.includes('Cyber Monday'))!;
    [...strip.querySelectorAll('button')].find((b) => b.textContent === 'Hide on page')!.click();
    await until(() => el.textContent?.includes('Reload the tab to analyse it') ?? false);
  });

  it('keeps a remembered kind when the page reloads before the popup can refresh', async () => {
    const base = mockConnector(mockState({ report }));
    let reloading = false;
    const connector = {
      ...base,
      rememberKind: async (kind: BoilerplateKind, remember: boolean) => {
        const kinds = await base.rememberKind(kind, remember);
        reloading = true;
        return kinds;
      },
      getState: () => (reloading ? Promise.reject(new Error('tab reloading')) : base.getState()),
    };
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const el = mount(connector);
      await until(() => el.querySelector('.remember input') !== null);
      const strip = [...el.querySelectorAll('[data-testid="block"]')].find((b) => b.textContent?.includes('Cyber Monday'))!;
      (strip.querySelector('.remember input') as HTMLInputElement).click();
      await until(() => reloading);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
      expect(el.querySelector('[data-testid="counts"]')).not.toBeNull();
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('marks the hedge word in the "allegedly" claim and shows the penalty', async () => {
    const el = mount(mockConnector(mockState({ report })));
    await until(() => el.querySelector('[data-testid="claim"]') !== null);
    const hedges = [...el.querySelectorAll('mark.hedge')].map((m) => m.textContent?.toLowerCase());
    expect(hedges).toContain('allegedly');
    expect(el.querySelector('.penalty')?.textContent).toContain('up to 3 years in prison');
  });

  it('asks the page to show a claim when its button is pressed', async () => {
    const connector = mockConnector(mockState({ report }));
    const el = mount(connector);
    await until(() => el.querySelector('[data-testid="claim"] button') !== null);
    (el.querySelector('[data-testid="claim"] button') as HTMLButtonElement).click();
    expect(connector.calls.find((c) => c.method === 'showInPage')?.args[0]).toEqual({ kind: 'claim', claimId: report.claims[0]!.id });
  });

  it('quotes a different sentence on each card where it can, and shows that mention in the page', async () => {
    const connector = mockConnector(mockState({ report }));
    const el = mount(connector);
    await until(() => el.querySelectorAll('[data-testid="entity-card"]').length === report.entities.length);
    const cards = [...el.querySelectorAll('[data-testid="entity-card"]')].slice(0, 5);
    const quotes = cards.map((c) => c.querySelector('.card-quote')?.textContent ?? '');
    // Daum Kakao, Sirgoo Lee and Korea are all first named in the story's first sentence; each
    // is named again later, so the five top cards can quote five sentences.
    expect(new Set(quotes).size).toBe(5);
    cards.forEach((card, i) => {
      (card.querySelector('button.link-button') as HTMLButtonElement).click();
      const target = connector.calls.filter((c) => c.method === 'showInPage').at(-1)?.args[0] as { entityId: string; index: number };
      const entity = report.entities[i]!;
      expect(target.entityId).toBe(entity.id);
      const m = entity.mentions[target.index]!;
      expect(quotes[i]).toContain(report.article!.text.slice(m.start, m.end));
    });
  });

  it('shows the first 30 cards and every claim party, then all on request', async () => {
    // 45 entities: the reference page's, repeated under new ids; a claim names the 41st.
    const many = Array.from({ length: 45 }, (_, i) => ({ ...report.entities[i % report.entities.length]!, id: `e${i + 1}` }));
    const claims = [{ ...report.claims[0]!, entityIds: ['e41'] }];
    const el = mount(mockConnector(mockState({ report: { ...report, entities: many, claims } })));
    await until(() => el.querySelector('[data-testid="show-all-entities"]') !== null);
    const ids = () => [...el.querySelectorAll('[data-testid="entity-card"]')].map((c) => c.id);
    expect(ids()).toHaveLength(31);
    expect(ids()).toContain('entity-e41');
    expect(ids()).not.toContain('entity-e31');
    // The timeline's party link has a card to land on.
    expect(el.querySelector('a.party')?.getAttribute('href')).toBe('#entity-e41');
    const button = el.querySelector('[data-testid="show-all-entities"]') as HTMLButtonElement;
    expect(button.textContent).toBe('Show all 45 names');
    button.click();
    await until(() => ids().length === 45);
    expect(el.querySelector('[data-testid="show-all-entities"]')).toBeNull();
  });

  it('shows no "Show all" button when every card fits', async () => {
    const el = mount(mockConnector(mockState({ report })));
    await until(() => el.querySelectorAll('[data-testid="entity-card"]').length === report.entities.length);
    expect(el.querySelector('[data-testid="show-all-entities"]')).toBeNull();
  });

  it('has real not-an-article and error states', async () => {
    let el = mount(mockConnector({ status: 'not-article', reason: 'This page does not look like an article.' }));
    await until(() => el.textContent?.includes('Not an article') ?? false);
    render(null, container);
    container.remove();
    el = mount(mockConnector({ status: 'error', message: 'Reload the tab to analyse it.' }));
    await until(() => el.textContent?.includes('Reload the tab') ?? false);
    expect(el.querySelector('[role="status"] h1')?.textContent).toBe('Lede could not analyse this page');
  });
});

describe('hiding from the popup', () => {
  it('hides all boilerplate and shows it again', async () => {
    const connector = mockConnector(mockState({ report }));
    const el = mount(connector);
    await until(() => el.querySelector('[data-testid="hide-all"]') !== null);
    const button = el.querySelector('[data-testid="hide-all"]') as HTMLButtonElement;
    expect(button.textContent).toBe('Hide all boilerplate');
    button.click();
    await until(() => button.textContent === 'Show all boilerplate');
    expect([...el.querySelectorAll('[data-testid="block"]')].every((b) => b.getAttribute('data-hidden') === 'true')).toBe(true);
    button.click();
    await until(() => button.textContent === 'Hide all boilerplate');
    expect(connector.calls.filter((c) => c.method === 'setAllHidden').map((c) => c.args[0])).toEqual([true, false]);
  });

  it('remembers a kind for the site from its checkbox', async () => {
    const connector = mockConnector(mockState({ report, site: 'cnet.com' }));
    const el = mount(connector);
    await until(() => el.querySelector('.remember input') !== null);
    const strip = [...el.querySelectorAll('[data-testid="block"]')].find((b) => b.textContent?.includes('Cyber Monday'))!;
    const label = strip.querySelector('.remember')!;
    expect(label.textContent).toMatch(/^Always hide .+ on cnet\.com$/);
    (label.querySelector('input') as HTMLInputElement).click();
    await until(() => connector.calls.some((c) => c.method === 'rememberKind'));
    expect(connector.calls.find((c) => c.method === 'rememberKind')?.args).toEqual([report.boilerplate.find((b) => b.text.startsWith('Cyber Monday'))!.kind, true]);
    await until(() => (label.querySelector('input') as HTMLInputElement).checked);
  });
});

describe('dates in the header', () => {
  it('shows the newsroom’s calendar day, not the UTC one', async () => {
    const { formatDate } = await import('./Header');
    expect(formatDate('2014-11-12T19:45:00-08:00')).toBe(formatDate('2014-11-12'));
    expect(formatDate('2014-11-12T19:45:00-08:00')).not.toBe(formatDate('2014-11-13'));
  });

  it('shows an update only when it falls on a later day than publication', async () => {
    // The reference page stamps one moment as both: no "updated" line.
    const el = mount(mockConnector(mockState({ report })));
    await until(() => el.querySelector('[data-testid="counts"]') !== null);
    expect(el.querySelector('[data-testid="updated"]')).toBeNull();
    render(null, container);
    container.remove();
    const article = { ...report.article!, modifiedTime: '2015-01-03T10:00:00Z' };
    const updated = mount(mockConnector(mockState({ report: { ...report, article } })));
    await until(() => updated.querySelector('[data-testid="counts"]') !== null);
    const line = updated.querySelector('[data-testid="updated"]');
    expect(line?.textContent).toBe(`updated ${(await import('./Header')).formatDate('2015-01-03')}`);
    expect(line?.getAttribute('datetime')).toBe('2015-01-03T10:00:00Z');
  });
});

describe('a story in another language', () => {
  it('names the language and does not claim the story is free of legal matters', async () => {
    const el = mount(mockConnector(mockState({ report: { ...report, entities: [], claims: [], unsupportedLanguage: 'rus' } })));
    await until(() => el.querySelector('[data-testid="counts"]') !== null);
    expect(el.querySelector('[data-testid="language"]')?.textContent).toContain('Russian');
    const empties = [...el.querySelectorAll('.empty')].map((p) => p.textContent);
    expect(empties).toContain('Not read: this article is not in English.');
    expect(empties).not.toContain('This article reports no legal matters.');
  });

  it('still explains itself when the browser has no name for the language', async () => {
    const el = mount(mockConnector(mockState({ report: { ...report, entities: [], claims: [], unsupportedLanguage: 'zlm' } })));
    await until(() => el.querySelector('[data-testid="counts"]') !== null);
    expect(el.querySelector('[data-testid="language"]')?.textContent).toMatch(/^This article is not in English\./);
  });
});

describe('the claims as one story', () => {
  it('orders the stages a case went through, overall and per party', async () => {
    const { stagesOf } = await import('./ClaimTimeline');
    const el = mount(mockConnector(mockState({ report })));
    await until(() => el.querySelector('[data-testid="case"]') !== null);
    const chain = [...el.querySelectorAll('[data-testid="case"] > .stages > li')].map((li) => li.textContent);
    // The reference page reports an investigation, a warrant, an arrest-and-charge and a penalty.
    expect(chain).toEqual(stagesOf(report.claims).map((t) => t[0]!.toUpperCase() + t.slice(1)));
    expect(chain.indexOf('Investigation')).toBeLessThan(chain.indexOf('Penalty'));
    const lee = [...el.querySelectorAll('.case-parties li')].find((li) => li.querySelector('.party')?.textContent === 'Sirgoo Lee');
    expect(lee).toBeDefined();
    expect(lee!.querySelector('.party')!.getAttribute('href')).toMatch(/^#entity-e\d+$/);
  });
});
