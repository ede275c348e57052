/**
 * Promo windows that a page sets in its own script.
 *
 * Some sites ship a banner whose words are only true inside a window ("Last chance to save up
 * to 40% - ends today!") together with an inline script that hides it outside that window:
 * stale-promos.md #11 compares the reader's clock with "Nov 17, 2025, 1:00:00 AM" and
 * "Dec 11, 2025, 11:45:00 PM" and otherwise adds `[data-promo] { display: none }`. (Lede itself
 * never reads the clock here: `now` is a parameter.)
 * Where scripts do not run (a saved page, the CLI, a blocked script, a clock check that went
 * wrong) the banner shows after its window, and the words alone cannot date it: "ends today"
 * is relative. The window's dates can. A reader's live browser would have hidden the banner,
 * so there the block is not a candidate and this never fires.
 *
 * A script speaks for a block when it names one of the block's hooks the way a selector or a
 * DOM call does: an id (`#promo-bar`, `getElementById("promo-bar")`) or a data attribute
 * (`[data-promo]`, `"data-promo"`). Class names are left out: they are shared by every block
 * of a layout ("lead", "container"), so a script that names one says nothing about this block.
 */
import { dayOfIso, type Day } from './events';
import { findTimeRefs, isAnchored } from './time-refs';
import { elementsByTag } from '../dom/elements';

/** A window read from the page's script, as days. */
export interface ScriptWindow {
  from: Day;
  to: Day;
}

/** Larger inline scripts are bundles or data, not a banner's timer. */
const SCRIPT_MAX_CHARS = 20_000;
/** Longest string literal read as a date ("November 17, 2025 01:00:00 AM GMT-05:00"). */
const LITERAL_MAX_CHARS = 64;
/** How far up and down from the block's element hooks are gathered. */
const HOOK_ANCESTORS = 3;
const HOOK_DESCENDANTS = 40;
/** Ids and attribute names shorter than this ("a", "id") match too much script text. */
const HOOK_MIN_CHARS = 3;

/** Data attributes every framework writes; naming one does not single out a block. */
const GENERIC_DATA_ATTRIBUTES: ReadonlySet<string> = new Set([
  'data-id', 'data-src', 'data-type', 'data-index', 'data-testid', 'data-test', 'data-href', 'data-url',
  'data-target', 'data-toggle', 'data-bs-toggle', 'data-bs-target', 'data-module', 'data-component',
]);

const STRING_LITERAL = /(["'`])([^"'`\\\n]{6,})\1/g;
/** "2025-12-11", "2025-12-11T23:45:00-05:00": the form scripts write most. */
const ISO_DATE = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:[T ]|$)/;

/** The inline scripts of a page, read once per page. */
export interface PageScripts {
  texts: readonly string[];
}

export function readPageScripts(doc: Document): PageScripts {
  const texts: string[] = [];
  for (const s of elementsByTag(doc, 'script')) {
    if (s.hasAttribute('src')) continue;
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue; // JSON, templates
    const text = s.textContent ?? '';
    if (text.length > 0 && text.length <= SCRIPT_MAX_CHARS) texts.push(text);
  }
  return { texts };
}

/** Ways a script can name an element by id or data attribute. */
function hookForms(el: Element): string[] {
  const forms: string[] = [];
  if (el.id.length >= HOOK_MIN_CHARS) forms.push(`#${el.id}`, `"${el.id}"`, `'${el.id}'`);
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (!name.startsWith('data-') || name.length < 5 + HOOK_MIN_CHARS || GENERIC_DATA_ATTRIBUTES.has(name)) continue;
    forms.push(`[${name}]`, `[${name}=`, `"${name}"`, `'${name}'`);
  }
  return forms;
}

/** Hooks of the block's element, its few nearest ancestors and its first descendants. */
function blockHooks(el: Element): string[] {
  const hooks = hookForms(el);
  let up = el.parentElement;
  for (let i = 0; up && i < HOOK_ANCESTORS && up.tagName !== 'BODY'; i++, up = up.parentElement) hooks.push(...hookForms(up));
  const below = elementsByTag(el, '*');
  for (let i = 0; i < below.length && i < HOOK_DESCENDANTS; i++) hooks.push(...hookForms(below[i]!));
  return hooks;
}

/** The dates written in a script's string literals, as a window; null when it has none. */
function windowOf(script: string, now: Date): ScriptWindow | null {
  let from = Infinity;
  let to = -Infinity;
  STRING_LITERAL.lastIndex = 0;
  for (let m = STRING_LITERAL.exec(script); m; m = STRING_LITERAL.exec(script)) {
    const literal = m[2]!;
    if (literal.length > LITERAL_MAX_CHARS) continue;
    const iso = ISO_DATE.exec(literal)?.[1];
    if (iso) {
      const day = dayOfIso(iso);
      if (Number.isFinite(day)) {
        from = Math.min(from, day);
        to = Math.max(to, day);
      }
      continue;
    }
    for (const ref of findTimeRefs(literal, { now })) {
      // Full dates with their year only: a bare "2025" in a script is a version or a size.
      if (ref.kind !== 'date' || !isAnchored(ref)) continue;
      from = Math.min(from, dayOfIso(ref.from));
      to = Math.max(to, dayOfIso(ref.to));
    }
  }
  return Number.isFinite(to) ? { from, to } : null;
}

/**
 * The window that the page's own script sets for the block at `el`, or null when no inline
 * script names the block or the script writes no full date. With several, the latest end wins:
 * the block is stale only when every window set for it has ended.
 */
export function scriptWindowFor(el: Element, scripts: PageScripts, now: Date): ScriptWindow | null {
  if (!scripts.texts.length) return null;
  const hooks = blockHooks(el);
  if (!hooks.length) return null;
  let found: ScriptWindow | null = null;
  for (const script of scripts.texts) {
    if (!hooks.some((h) => script.includes(h))) continue;
    const w = windowOf(script, now);
    if (w && (!found || w.to > found.to)) found = w;
  }
  return found;
}
