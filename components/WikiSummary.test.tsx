import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WikiResult } from '../lib/wikipedia';
import { I18n } from './i18n';
import { englishT } from './test-i18n';
import './test-teardown';
import { WikiSummary, waitText, type WikiState } from './WikiSummary';

let container: HTMLElement;

function mount(state: WikiState, name = 'Daum Kakao') {
  const onLookup = vi.fn();
  const onChoose = vi.fn();
  container = document.createElement('div');
  document.body.appendChild(container);
  const draw = (next: WikiState) =>
    render(
      <I18n.Provider value={englishT}>
        <WikiSummary name={name} state={next} onLookup={onLookup} onChoose={onChoose} />
      </I18n.Provider>,
      container,
    );
  draw(state);
  const box = () => container.querySelector<HTMLElement>('[data-testid="wiki"]')!;
  const buttons = () => [...container.querySelectorAll('button')];
  return { onLookup, onChoose, draw, box, buttons };
}

afterEach(() => {
  render(null, container);
  container.remove();
});

const summary: WikiResult = {
  kind: 'summary',
  title: 'Kakao',
  redirectedFrom: 'Daum Kakao',
  description: 'South Korean internet company',
  extract: 'Kakao is a South Korean internet company.',
  thumbnail: { source: 'https://upload.wikimedia.org/kakao.png', width: 320, height: 160 },
  url: 'https://en.wikipedia.org/wiki/Kakao',
};

describe('WikiSummary', () => {
  it('offers a lookup whose accessible name says which entity, and calls back on click', () => {
    const { onLookup, buttons, box } = mount('idle');
    const [button] = buttons();
    expect(button!.textContent).toBe('Look up on Wikipedia');
    // The accessible name starts with the visible label (WCAG 2.5.3) and names the entity.
    expect(button!.getAttribute('aria-label')).toBe('Look up on Wikipedia: Daum Kakao');
    expect(box().getAttribute('aria-label')).toBe('Wikipedia: Daum Kakao');
    expect(box().getAttribute('aria-busy')).toBe('false');
    button!.click();
    expect(onLookup).toHaveBeenCalledTimes(1);
  });

  it('marks the section busy while loading, and keeps focus in it when the button goes', () => {
    const { draw, box, buttons } = mount('idle');
    buttons()[0]!.focus();
    buttons()[0]!.click();
    draw('loading');
    expect(box().getAttribute('aria-busy')).toBe('true');
    expect(box().dataset.state).toBe('loading');
    expect(box().textContent).toContain('Looking up “Daum Kakao” on Wikipedia…');
    expect(document.activeElement).toBe(box());
    draw(summary);
    expect(box().getAttribute('aria-busy')).toBe('false');
    expect(document.activeElement).toBe(box());
  });

  it('shows the summary: title, redirect, description, extract, thumbnail with alt, and a safe link', () => {
    const { box } = mount(summary);
    const el = box();
    expect(el.querySelector('.wiki-title')?.textContent).toBe('Wikipedia: Kakao');
    expect(el.querySelector('.wiki-note')?.textContent).toBe('Redirected from “Daum Kakao”');
    expect(el.querySelector('.wiki-description')?.textContent).toBe('South Korean internet company');
    expect(el.querySelector('.wiki-extract')?.textContent).toBe('Kakao is a South Korean internet company.');
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://upload.wikimedia.org/kakao.png');
    expect(img.getAttribute('alt')).toBe('Lead image of the Wikipedia article “Kakao”');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Kakao');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Read on Wikipedia');
    expect(link.getAttribute('aria-label')).toBe('Read on Wikipedia: Kakao (opens in a new tab)');
  });

  it('has no image when there is no thumbnail, and says when there is no extract', () => {
    const { box } = mount({ kind: 'summary', title: 'Korea', extract: '', url: 'https://en.wikipedia.org/wiki/Korea' });
    expect(box().querySelector('img')).toBeNull();
    expect(box().textContent).toContain('This article has no summary.');
  });

  it('asks "Which one?" for a disambiguation page, and reports the reader’s pick', () => {
    const { box, buttons, onChoose } = mount({
      kind: 'disambiguation',
      title: 'Daum',
      url: 'https://en.wikipedia.org/wiki/Daum',
      choices: [
        { title: 'Daum (web portal)', description: 'a South Korean web portal', likely: true },
        { title: 'Daum (surname)' },
      ],
    });
    expect(box().querySelector('[role="group"][aria-label="Which “Daum”?"]')).not.toBeNull();
    expect(box().textContent).toContain('Which one?');
    expect(buttons().map((b) => b.textContent)).toEqual(['Daum (web portal) Likely match: a South Korean web portal', 'Daum (surname)']);
    expect(onChoose).not.toHaveBeenCalled();
    buttons()[1]!.click();
    expect(onChoose).toHaveBeenCalledWith('Daum (surname)');
    expect(box().querySelector('a')?.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Daum');
  });

  it('links to the list when its entries could not be read', () => {
    const { box, buttons } = mount({ kind: 'disambiguation', title: 'Daum', url: 'https://en.wikipedia.org/wiki/Daum', choices: [] });
    expect(buttons()).toHaveLength(0);
    expect(box().textContent).toContain('Lede could not read the list of meanings.');
    expect(box().querySelector('a')?.textContent).toContain('See the list on Wikipedia');
  });

  it('says a page is missing, without a retry', () => {
    const { box, buttons } = mount({ kind: 'missing', title: 'Sirgoo Lee' });
    expect(box().textContent).toBe('Wikipedia has no article called “Sirgoo Lee”.');
    expect(buttons()).toHaveLength(0);
  });

  it.each<[WikiResult, string, string]>([
    [{ kind: 'rate-limited', retryAfterSeconds: 30 }, 'Wikipedia asked Lede to slow down. Try again in about 30 seconds.', 'Try again'],
    [{ kind: 'rate-limited' }, 'Try again in a few minutes.', 'Try again'],
    [{ kind: 'offline' }, 'Wikipedia cannot be reached: you seem to be offline.', 'Try again'],
    [{ kind: 'error', reason: 'timeout', message: 'x' }, 'The Wikipedia lookup failed. Wikipedia took too long to answer.', 'Try again'],
    [{ kind: 'error', reason: 'server', status: 503, message: 'x' }, 'Wikipedia is having trouble (HTTP 503).', 'Try again'],
    [{ kind: 'error', reason: 'unexpected', message: 'QuotaExceededError' }, 'The Wikipedia lookup failed. QuotaExceededError', 'Try again'],
    [{ kind: 'not-allowed' }, 'Lede needs your permission to contact Wikipedia. Only the title is sent.', 'Allow and look up'],
  ])('explains %o in words and offers a retry', (result, text, label) => {
    const { box, buttons, onLookup } = mount(result);
    expect(box().textContent).toContain(text);
    expect(box().dataset.state).toBe(result.kind);
    const [button] = buttons();
    expect(button!.textContent).toBe(label);
    expect(button!.getAttribute('aria-label')).toMatch(/Daum Kakao$/);
    button!.click();
    expect(onLookup).toHaveBeenCalledTimes(1);
  });

  it('renders text from the network as text, never as markup', () => {
    const { box } = mount({ ...summary, extract: '<img src=x onerror=alert(1)>', description: '<b>bold</b>' });
    expect(box().querySelectorAll('img')).toHaveLength(1); // only the thumbnail
    expect(box().querySelector('b')).toBeNull();
    expect(box().querySelector('.wiki-extract')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('waitText', () => {
  it('words a wait in seconds or minutes', () => {
    const say = englishT;
    expect(waitText(say, 1)).toBe('about 1 second');
    expect(waitText(say, 45)).toBe('about 45 seconds');
    expect(waitText(say, 60)).toBe('about 1 minute');
    expect(waitText(say, 300)).toBe('about 5 minutes');
  });
});

describe('translations', () => {
  it('speaks through the app translator', () => {
    container = document.createElement('div');
    document.body.appendChild(container);
    const t = (key: string, subs?: string | string[]) => (key === 'wikiLookUp' ? 'Auf Wikipedia nachschlagen' : key === 'wikiLookUpNamed' ? `Auf Wikipedia nachschlagen: ${String(subs)}` : key === 'wikiSection' ? `Wikipedia: ${String(subs)}` : key);
    render(
      <I18n.Provider value={t as never}>
        <WikiSummary name="Daum" state="idle" onLookup={() => {}} onChoose={() => {}} />
      </I18n.Provider>,
      container,
    );
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Auf Wikipedia nachschlagen');
    expect(button.getAttribute('aria-label')).toBe('Auf Wikipedia nachschlagen: Daum');
    expect(container.querySelector('[data-testid="wiki"]')?.getAttribute('aria-label')).toBe('Wikipedia: Daum');
  });

  it('offers no retry when there is nothing to look up', () => {
    container = document.createElement('div');
    document.body.appendChild(container);
    render(
      <I18n.Provider value={englishT}>
        <WikiSummary name="$18,000" state={{ kind: 'error', reason: 'no-title', message: 'x' }} onLookup={() => {}} onChoose={() => {}} />
      </I18n.Provider>,
      container,
    );
    expect(container.querySelector('button')).toBeNull();
    expect(container.textContent).toBe('The Wikipedia lookup failed. There is no Wikipedia title to look up for this name.');
  });
});
