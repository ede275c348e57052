import type { BoilerplateKind } from '../report';

/**
 * How a block's kind is told, as data (STYLE.md, habit 9). Three kinds of evidence, weakest
 * last: the element's own semantics (tag, ARIA role), words in its class/id/aria-label, and
 * phrases in its text. No site names: these cues must hold on any site.
 * Evidence: fixtures/pages/reference (trending strip, push prompt, related list, footer) and
 * the labeled snippets of ../shared/corpora/boilerplate/dev.jsonl.
 */
export interface KindCues {
  kind: BoilerplateKind;
  /** Why this group exists. */
  why: string;
  tags?: readonly string[];
  roles?: readonly string[];
  /** Whole words of class names, ids and aria-labels, split at camelCase and punctuation. */
  nameWords?: readonly string[];
  /** Lower-case phrases matched in the block's text. */
  phrases?: readonly string[];
}

export const KIND_CUES: readonly KindCues[] = [
  {
    kind: 'notification-prompt',
    why: 'Push/alert opt-in prompts ("Want X to notify you…? No, thank you"), reference-page dialog.',
    nameWords: ['push', 'notification', 'notifications', 'notify', 'onesignal', 'alerts'],
    phrases: [
      'notify you', 'push notification', 'turn on notifications', 'allow notifications',
      'enable notifications', 'get notified', 'browser notifications', 'breaking news alerts',
    ],
  },
  {
    kind: 'cookie-consent',
    why: 'Consent banners required by privacy law; their wording is remarkably uniform.',
    nameWords: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'onetrust', 'privacy-banner'],
    phrases: [
      'we use cookies', 'this site uses cookies', 'this website uses cookies', 'accept cookies',
      'accept all cookies', 'cookie policy', 'cookie settings', 'manage cookies', 'your consent',
      'consent preferences', 'reject all',
    ],
  },
  {
    kind: 'newsletter',
    why: 'E-mail sign-up boxes; they sit beside or inside stories on most news sites.',
    nameWords: ['newsletter', 'newsletters', 'signup', 'subscribe-email', 'mailing'],
    phrases: [
      'newsletter', 'sign up for', 'sign up to', 'in your inbox', 'to your inbox',
      'enter your email', 'email address', 'subscribe to our',
    ],
  },
  {
    kind: 'subscription',
    why: 'Paywall and subscription nags: they sell access, not a product.',
    nameWords: ['paywall', 'subscription', 'subscribe', 'meter', 'regwall', 'premium'],
    phrases: [
      'subscribe now', 'subscribers only', 'become a subscriber', 'unlimited access',
      'free articles', 'digital subscription', 'already a subscriber', 'support our journalism',
      'start your subscription', 'per month', 'log in to continue',
    ],
  },
  {
    kind: 'social',
    why: 'Share bars and follow-us links: short texts made of network names.',
    nameWords: ['share', 'sharing', 'social', 'sharebar', 'follow'],
    phrases: [
      'share this', 'share on', 'share article', 'follow us', 'facebook', 'twitter', 'linkedin',
      'whatsapp', 'pinterest', 'reddit', 'copy link',
    ],
  },
  {
    kind: 'comments',
    why: 'Reader comment threads and their prompts.',
    tags: [],
    nameWords: ['comments', 'comment', 'disqus', 'discussion', 'replies'],
    phrases: ['leave a comment', 'leave a reply', 'comments', 'join the discussion', 'post a comment'],
  },
  {
    kind: 'author-bio',
    why: 'Author boxes below a story: a person and their beat, not the story itself.',
    nameWords: ['author', 'bio', 'byline-bio', 'contributor'],
    phrases: ['about the author', 'is a reporter', 'is a senior', 'is a staff writer', 'covers '],
  },
  {
    kind: 'trending',
    why: 'Strips of currently popular links above or beside a story (reference-page strip).',
    nameWords: ['trending', 'popular', 'mostread', 'most-read', 'hot', 'topstories', 'ticker'],
    phrases: ['trending', 'most popular', 'most read', 'popular now', 'top stories', 'what\'s hot'],
  },
  {
    kind: 'related',
    why: 'Lists of other stories: "related", "more from", "recommended".',
    nameWords: ['related', 'recommended', 'recirc', 'more', 'readmore', 'also', 'outbrain', 'taboola'],
    phrases: [
      'related', 'more from', 'more stories', 'you may also like', 'you might also like',
      'recommended', 'read more', 'read next', 'more on this', 'also read', 'see also',
    ],
  },
  {
    kind: 'promo',
    why: 'Commercial promotions: deals, sales, shopping guides. Often time-bound, hence stale.',
    nameWords: ['promo', 'promotion', 'deal', 'deals', 'offer', 'offers', 'shop', 'shopping', 'coupon', 'banner'],
    phrases: [
      'deals', 'deal ', 'sale', '% off', 'save $', 'coupon', 'gift guide', 'shop now', 'black friday',
      'cyber monday', 'prime day', 'giving tuesday', 'limited time', 'discount', 'best buy',
    ],
  },
  {
    kind: 'ad',
    why: 'Advertising slots: labelled by law or convention ("Advertisement", "Sponsored").',
    nameWords: ['ad', 'ads', 'advert', 'advertisement', 'sponsor', 'sponsored', 'dfp', 'gpt', 'adslot', 'adunit'],
    phrases: ['advertisement', 'sponsored', 'paid content', 'paid post', 'ad feedback', 'partner content'],
  },
  {
    kind: 'footer',
    why: 'Site footers: copyright lines and legal links. A copyright year is not a promo.',
    tags: ['footer'],
    roles: ['contentinfo'],
    nameWords: ['footer', 'colophon', 'copyright'],
    phrases: ['©', 'copyright', 'all rights reserved', 'privacy policy', 'terms of use', 'terms of service'],
  },
  {
    kind: 'nav',
    why: 'Site navigation: menus, section links, breadcrumbs.',
    tags: ['nav', 'menu', 'header'],
    roles: ['navigation', 'menubar', 'menu', 'banner'],
    // Not "header": article headers are named so too, and a site header is a <header> or banner.
    nameWords: ['nav', 'navigation', 'menu', 'navbar', 'breadcrumb', 'breadcrumbs', 'masthead'],
    phrases: ['skip to content', 'skip to main', 'menu', 'sections'],
  },
];

/** Splits class names, ids and labels into lower-case words: "c-trendingBar" → c, trending, bar. */
export function nameWordsOf(names: string): string[] {
  return names
    .slice(0, 500)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface KindEvidence {
  tag: string;
  role: string | null;
  /** Words of the block's and its nearest ancestors' class, id and aria-label. */
  nameWords: readonly string[];
  /** Lower-case text of the block. */
  text: string;
  linkDensity: number;
  fixed: boolean;
}

export interface KindVerdict {
  kind: BoilerplateKind;
  reasons: string[];
  /** How sure: 0 when nothing but structure speaks for the kind. */
  score: number;
}

/** Scores every kind against a block's evidence and returns the best, with its reasons. */
export function classifyKind(ev: KindEvidence): KindVerdict {
  let best: KindVerdict = { kind: 'other', reasons: [], score: 0 };
  const words = new Set(ev.nameWords);
  const shortText = ev.text.length < 400;
  for (const cues of KIND_CUES) {
    let score = 0;
    const reasons: string[] = [];
    if (cues.tags?.includes(ev.tag)) {
      score += 3;
      reasons.push(`<${ev.tag}> element`);
    }
    if (ev.role && cues.roles?.includes(ev.role)) {
      score += 3;
      reasons.push(`role "${ev.role}"`);
    }
    const word = cues.nameWords?.find((w) => words.has(w));
    if (word) {
      score += 2.5;
      reasons.push(`named "${word}"`);
    }
    // Text cues speak louder in short blocks: a long block that mentions "sale" once is prose.
    const phrase = cues.phrases?.find((p) => ev.text.includes(p));
    if (phrase) {
      score += shortText ? 2 : 0.5;
      reasons.push(`says "${phrase.trim()}"`);
    }
    if (score > best.score) best = { kind: cues.kind, reasons, score };
  }
  return best;
}
