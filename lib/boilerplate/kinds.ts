import type { BoilerplateKind } from '../report';

/**
 * How a block's kind is told, as data (STYLE.md, habit 9). No site names: every cue must hold on
 * any site. Evidence, weakest last:
 *   1. the element's semantics: a site-level <footer>, role="navigation", a dialog;
 *   2. words in its own class, id and aria-label ("c-trendingBar" → trending), then the same
 *      words on its nearest ancestors (a "Share" link inside class="social-links");
 *   3. the phrase its first item says, the way a widget titles itself ("Related Posts",
 *      "Share this:", "Leave a Reply");
 *   4. phrases anywhere in a short text ("sign up", "© 2025"), which count for less in long text
 *      because prose mentions "sale" or "Facebook" in passing;
 *   5. the kind of the larger unit it was cut from (a link list inside a site footer).
 *
 * Phrases are kept per language. English is the reference set; the others hold the phrases whose
 * translation is unambiguous, so that a German cookie banner or French share bar is named too.
 * All languages are matched on every page: the block's language is not known, and a phrase of one
 * language rarely means something else in another.
 *
 * Evidence for each group: fixtures/pages/reference (trending strip, push prompt, related list,
 * footer), fixtures/boilerplate/* and the labeled snippets of
 * ../shared/corpora/boilerplate/dev.jsonl (`npm run bench:boilerplate` prints the confusion matrix;
 * kinds.test.ts checks the examples below).
 */

/** Languages with phrase sets. Add one by adding its key to the phrase tables. */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt';

export interface KindCues {
  kind: BoilerplateKind;
  /** Why this group exists. */
  why: string;
  /** Tag names that are this kind at site level (not inside an article or section). */
  tags?: readonly string[];
  roles?: readonly string[];
  /** Whole words of class names, ids and aria-labels, split at camelCase and punctuation. */
  nameWords?: readonly string[];
  /**
   * Lower-case phrases matched in the block's text at word boundaries. A phrase that opens the
   * block (its first item) is the widget's title and counts most.
   */
  phrases: Partial<Record<Lang, readonly string[]>>;
  /** Phrases that are common in other widgets too ("privacy policy"): they count for less. */
  weakPhrases?: Partial<Record<Lang, readonly string[]>>;
  /** Block texts this group must name; kinds.test.ts checks each (text → this kind). */
  examples: readonly string[];
  /**
   * Where the group was seen: fixture folders (kinds.test.ts checks they exist and that their
   * pages get this kind), Readability test pages, or the dev.jsonl label it was read from.
   */
  evidence: readonly string[];
}

export const KIND_CUES: readonly KindCues[] = [
  {
    kind: 'notification-prompt',
    why: 'Push/alert opt-in prompts ("Want X to notify you…? No, thank you"), reference-page dialog.',
    nameWords: ['push', 'notification', 'notifications', 'notify', 'onesignal', 'webpush'],
    phrases: {
      en: [
        'notify you', 'push notification', 'push notifications', 'turn on notifications',
        'allow notifications', 'enable notifications', 'get notified', 'browser notifications',
        'breaking news alerts', 'desktop notifications',
      ],
      de: ['benachrichtigungen aktivieren', 'push-benachrichtigungen'],
      fr: ['notifications push', 'activer les notifications'],
      es: ['notificaciones push', 'activar notificaciones'],
    },
    examples: ['Want CNET to notify you of price drops and the latest stories? · No, thank you · Accept'],
    evidence: ['fixtures/pages/reference'],
  },
  {
    kind: 'cookie-consent',
    why: 'Consent banners required by privacy law; their wording is remarkably uniform.',
    nameWords: ['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'cookiebar', 'cookiebanner'],
    phrases: {
      en: [
        'we use cookies', 'uses cookies', 'use of cookies', 'accept cookies', 'accept all cookies',
        'manage cookies', 'cookie preferences', 'consent preferences', 'your consent', 'reject all',
        'accept all', 'necessary cookies', 'your privacy choices',
      ],
      de: ['wir verwenden cookies', 'alle akzeptieren', 'cookie-einstellungen', 'einwilligung'],
      fr: ['nous utilisons des cookies', 'tout accepter', 'tout refuser', 'vos choix'],
      es: ['utilizamos cookies', 'usamos cookies', 'aceptar todas', 'rechazar todas'],
      it: ['utilizziamo i cookie', 'accetta tutti', 'rifiuta tutti'],
      nl: ['wij gebruiken cookies', 'alles accepteren'],
      pt: ['utilizamos cookies', 'aceitar todos'],
    },
    weakPhrases: { en: ['cookie settings', 'cookie policy'] },
    examples: ['We use cookies to provide you with the best possible experience. · Accept All · Cookie Policy'],
    evidence: ['dev.jsonl: cookie-consent'],
  },
  {
    kind: 'newsletter',
    why:
      'E-mail sign-up boxes, on blogs often titled just "Subscribe". A consent line inside them ' +
      '("I accept the privacy policy") belongs to the box (dev.jsonl labels it newsletter).',
    nameWords: [
      'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'subscriptions', 'mailing',
      'mailchimp', 'mc4wp', 'optin', 'emailsignup', 'subscribers',
    ],
    phrases: {
      en: [
        'newsletter', 'newsletters', 'sign up for', 'sign up to', 'sign up with your email',
        'subscribe to our', 'subscribe to the', 'in your inbox', 'to your inbox', 'your inbox',
        'enter your email', 'your email', 'email address', 'never miss', 'get updates',
        'stay up to date', 'stay updated', 'unsubscribe', 'subscribe', 'join our mailing list',
        'delivered straight to', 'email updates', 'get the latest',
      ],
      de: ['newsletter abonnieren', 'zum newsletter', 'ihre e-mail-adresse', 'jetzt anmelden'],
      fr: ['inscrivez-vous', 'abonnez-vous', 'votre adresse e-mail', 'votre e-mail'],
      es: ['suscríbete', 'suscribirse', 'tu correo electrónico', 'boletín'],
      it: ['iscriviti', 'la tua email'],
      nl: ['schrijf je in', 'aanmelden voor'],
      pt: ['inscreva-se', 'assine a nossa'],
    },
    examples: [
      'Subscribe · Sign up with your email address to receive news and updates. · Email Address · Sign Up',
      'Sign up for our newsletter to stay on top of the latest trends.',
    ],
    evidence: ['dev.jsonl: newsletter'],
  },
  {
    kind: 'subscription',
    why: 'Paywall and membership nags: they sell access to the site, not a product or an e-mail.',
    nameWords: ['paywall', 'regwall', 'meter', 'metered', 'piano', 'membership', 'premium', 'restricted', 'locked'],
    phrases: {
      en: [
        'subscribers only', 'for subscribers', 'paid subscribers', 'exclusive to', 'become a subscriber',
        'already a subscriber', 'unlimited access', 'free articles', 'digital subscription',
        'support our journalism', 'support my work', 'start your subscription', 'subscribe to continue',
        'log in to continue', 'sponsor me', 'become a member', 'become a patron', 'buy the print',
        'manage your account', 'free access online', 'upgrade to paid', 'with premium',
      ],
      de: ['jetzt abonnieren', 'für abonnenten', 'abo abschließen'],
      fr: ['réservé aux abonnés', 'je m’abonne', "je m'abonne"],
      es: ['exclusivo para suscriptores', 'hazte socio'],
    },
    examples: ['This article is exclusive to STAT+ subscribers', 'Support my work!'],
    evidence: ['dev.jsonl: subscription'],
  },
  {
    kind: 'social',
    why: 'Share bars and follow-us links: short texts made of network names.',
    nameWords: [
      'share', 'sharing', 'social', 'socials', 'sharebar', 'follow', 'addtoany', 'sharethis',
      'shareaholic', 'sociallinks', 'socialicons',
    ],
    phrases: {
      en: [
        'share this', 'share on', 'share article', 'share post', 'share:', 'share it', 'follow us',
        'follow publication', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit',
        'instagram', 'youtube', 'tiktok', 'bluesky', 'mastodon', 'threads', 'flipboard', 'copy link',
        'email a link', 'like this:', 'share', 'rss feed', 'add as a preferred source', 'share and print',
        // Buttons that send the page to a chatbot, the newest kind of share bar.
        'summarize with ai', 'summarise with ai', 'ask ai about',
      ],
      de: ['teilen', 'folgen sie uns', 'folge uns'],
      fr: ['partager', 'suivez-nous'],
      es: ['compartir', 'síguenos'],
      it: ['condividi', 'seguici'],
      nl: ['delen', 'volg ons'],
      pt: ['compartilhar', 'partilhar', 'siga-nos'],
    },
    examples: ['Share this: · Facebook · X · Email', 'Follow us · Instagram · YouTube'],
    evidence: ['dev.jsonl: social', 'readability-pages/bbc-1'],
  },
  {
    kind: 'comments',
    why: 'Reader comment threads and their forms.',
    nameWords: ['comments', 'comment', 'disqus', 'discussion', 'replies', 'respond', 'utterances', 'giscus', 'responses'],
    phrases: {
      en: [
        'leave a comment', 'leave a reply', 'join the discussion', 'post a comment', 'comments',
        'no responses yet', 'discussion about this post', 'notify me of follow-up comments',
        'your email address will not be published', 'add a comment', 'responses',
      ],
      de: ['kommentare', 'kommentar schreiben'],
      fr: ['commentaires', 'laisser un commentaire'],
      es: ['comentarios', 'deja un comentario'],
      it: ['commenti', 'lascia un commento'],
      nl: ['reacties', 'laat een reactie achter'],
      pt: ['comentários', 'deixe um comentário'],
    },
    examples: ['Leave a Reply · Your email address will not be published.', 'Discussion about this post · Comments'],
    evidence: ['dev.jsonl: comments'],
  },
  {
    kind: 'author-bio',
    why: 'Author boxes beside or below a story: a person and their beat, not the story itself.',
    nameWords: ['author', 'authors', 'bio', 'contributor', 'writer'],
    phrases: {
      en: [
        'about the author', 'is a reporter', 'is a senior', 'is a staff writer', 'is a writer',
        'is a content writer', 'is a freelance', 'is a journalist', 'is an editor', 'written by',
        'medically reviewed', 'fact checked by', 'reviewed by',
      ],
      de: ['über den autor', 'über die autorin'],
      fr: ["à propos de l'auteur", 'à propos de l’auteur'],
      es: ['sobre el autor', 'acerca del autor'],
    },
    examples: ['About the Author · Jane Doe is a staff writer covering energy.'],
    evidence: ['dev.jsonl: author-bio'],
  },
  {
    kind: 'trending',
    why:
      'Strips and lists of currently popular or recent links (reference-page strip; dev.jsonl ' +
      'labels "Recent Posts", "Editor\'s Picks", "Popular Searches" trending).',
    nameWords: ['trending', 'popular', 'mostread', 'mostpopular', 'topstories', 'ticker', 'recent', 'picks', 'hot'],
    phrases: {
      en: [
        'trending', 'most popular', 'most read', 'popular now', 'top stories', "what's hot",
        'recent posts', 'recent articles', "editor's picks", 'editor’s picks', "editor's pick",
        'editor’s pick', 'popular posts', 'popular articles', 'popular searches', 'what others are reading',
        'top reads', 'most viewed', 'latest posts', 'latest stories', 'currently trending', 'popular reviews',
      ],
      de: ['meistgelesen', 'beliebteste'],
      fr: ['les plus lus', 'tendances'],
      es: ['lo más leído', 'tendencias'],
    },
    examples: ['Recent Posts · How to Plant Garlic · Ten Shrubs for Shade', 'Currently Trending: · Black Friday 2025 deals'],
    evidence: [
      'fixtures/boilerplate/trending-black-friday-2025',
      'fixtures/boilerplate/header-black-friday-insights',
      'fixtures/boilerplate/popular-black-friday-sales',
    ],
  },
  {
    kind: 'related',
    why: 'Lists of other stories: "related", "more from", "you might like", previous/next post links.',
    nameWords: [
      'related', 'recommended', 'recommendations', 'recirc', 'readmore', 'outbrain', 'taboola',
      'yarpp', 'relatedposts', 'postnav', 'prev', 'next',
    ],
    phrases: {
      en: [
        'related', 'more from', 'more stories', 'you may also like', 'you might also like',
        'you might like', 'recommended', 'read more', 'read next', 'read this next', 'more on this',
        'also read', 'see also', 'more like this', 'previous post', 'next post', 'previous article',
        'next article', 'explore other', 'explore the latest', 'other interesting articles',
        'keep reading', 'more articles', 'further reading', 'check out',
      ],
      de: ['mehr zum thema', 'das könnte sie auch interessieren', 'weitere artikel'],
      fr: ['à lire aussi', 'sur le même sujet', 'articles similaires'],
      es: ['te puede interesar', 'artículos relacionados', 'lee también'],
      it: ['articoli correlati', 'potrebbe interessarti'],
      nl: ['lees ook', 'gerelateerde artikelen'],
      pt: ['leia também', 'artigos relacionados'],
    },
    examples: ['Related Posts · Ten Shrubs for Shade · How to Plant Garlic', 'More from CNET · Daum and Kakao complete their merger'],
    evidence: [
      'fixtures/pages/reference',
      'fixtures/boilerplate/related-gift-guide-2025',
      'fixtures/boilerplate/best-camera-bags-2020',
      'fixtures/boilerplate/best-boxes-of-2021',
    ],
  },
  {
    kind: 'promo',
    why:
      'Commercial promotions and calls to action: deals, sales, demos, quotes, applications. ' +
      'Often time-bound, hence stale (stale-promos.md).',
    nameWords: [
      'promo', 'promos', 'promotion', 'promotional', 'deal', 'deals', 'offer', 'offers', 'shop',
      'shopping', 'coupon', 'cta', 'upsell', 'announcement', 'sale', 'hellobar',
    ],
    phrases: {
      en: [
        'deals', 'deal', 'sale', '% off', 'save $', 'coupon', 'gift guide', 'shop now', 'black friday',
        'cyber monday', 'prime day', 'limited time', 'discount', 'free shipping', 'free trial',
        'for free', 'book a demo', 'request a demo', 'get a demo', 'personalized demo', 'free quote',
        'get a quote', 'book a call', 'book a meeting', 'book an appointment', 'apply now',
        'get in touch', 'get started', 'buy now', 'order now', 'see price', 'lifetime deal',
        'request information', 'contact us', 'try it free', 'start your free', 'no card required',
        'early bird', 'promo code', 'use code',
      ],
      de: ['jetzt kaufen', 'angebot', 'rabatt', 'gratis testen'],
      fr: ['promotion', 'offre', 'achetez', 'essai gratuit'],
      es: ['oferta', 'descuento', 'compra ahora', 'prueba gratis'],
    },
    examples: ['Cyber Monday Deals Still Available · Deals Under $25', 'GET A FREE QUOTE', 'Try our product analytics for free. No card required.'],
    evidence: [
      'fixtures/pages/reference',
      'fixtures/boilerplate/summit-on-27-november',
      'fixtures/boilerplate/dated-deal-card',
    ],
  },
  {
    kind: 'ad',
    why: 'Advertising slots: labelled by law or convention ("Advertisement", "Sponsored").',
    nameWords: [
      'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'dfp',
      'gpt', 'adslot', 'adunit', 'adsense', 'adsbygoogle',
    ],
    phrases: {
      en: ['advertisement', 'sponsored', 'paid content', 'paid post', 'ad feedback', 'partner content', 'sponsor message', 'become a sponsor'],
      de: ['anzeige', 'werbung'],
      fr: ['publicité'],
      es: ['publicidad', 'patrocinado'],
      it: ['pubblicità'],
      nl: ['advertentie'],
      pt: ['publicidade'],
    },
    examples: ['Advertisement', 'Sponsor Message · Become an NPR sponsor'],
    evidence: ['dev.jsonl: ad', 'fixtures/boilerplate/last-chance-ends-today'],
  },
  {
    kind: 'footer',
    why: 'Site footers: copyright lines and legal links. A copyright year is not a promo.',
    tags: ['footer'],
    roles: ['contentinfo'],
    nameWords: ['footer', 'colophon', 'copyright', 'legal', 'siteinfo'],
    phrases: {
      en: ['©', 'copyright', 'all rights reserved', 'powered by', 'back to top'],
      de: ['impressum', 'datenschutz', 'alle rechte vorbehalten'],
      fr: ['mentions légales', 'tous droits réservés'],
      es: ['aviso legal', 'todos los derechos reservados'],
      it: ['tutti i diritti riservati'],
      nl: ['alle rechten voorbehouden'],
      pt: ['todos os direitos reservados'],
    },
    weakPhrases: {
      en: ['privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'cookie policy', 'sitemap', 'accessibility'],
    },
    examples: ['Privacy Policy · Terms of Use · © 2022 CNET, a Red Ventures company. All rights reserved.'],
    evidence: ['fixtures/pages/reference', 'readability-pages/nytimes-1'],
  },
  {
    kind: 'nav',
    why: 'Site navigation: menus, section links, breadcrumbs, skip links, log-in links.',
    tags: ['nav', 'menu', 'header'],
    roles: ['navigation', 'menubar', 'menu', 'banner'],
    // Not "header": article headers are named so too; a site header is a <header> or a banner.
    nameWords: [
      'nav', 'navigation', 'menu', 'navbar', 'breadcrumb', 'breadcrumbs', 'masthead', 'topbar', 'megamenu', 'submenu',
    ],
    phrases: {
      en: [
        'skip to content', 'skip to main', 'main menu', 'toggle navigation', 'toggle menu', 'open menu', 'close menu', 'menu',
        'table of contents', 'in this article', 'sections in this article', 'on this page', 'jump to', 'back to',
        'return to',
      ],
      de: ['zum inhalt springen', 'hauptmenü'],
      fr: ['aller au contenu', 'menu principal'],
      es: ['saltar al contenido', 'menú principal'],
    },
    weakPhrases: { en: ['log in', 'login', 'sign in', 'search', 'home', 'about us'] },
    examples: ['Skip to content', 'Home · News · Sport · Weather', 'Table of Contents', 'Back to Blog'],
    evidence: ['fixtures/pages/reference', 'readability-pages/bbc-1'],
  },
];

/**
 * Kinds that a larger unit swallows when a part of it has them: the menus of a site footer are
 * the footer (dev.jsonl labels "Privacy Policy", "About Us" in footer link columns footer).
 */
export const ABSORBS: Partial<Record<BoilerplateKind, readonly BoilerplateKind[]>> = {
  footer: ['nav'],
};

/** The shape of a block's items: how many, how long, how linked. */
export interface Shape {
  items: number;
  /** Average words per item. */
  itemWords: number;
  linkDensity: number;
  /** Share of items that name a social network ("Facebook", "X", "Bluesky"). */
  networkShare: number;
}

/** Item texts that name a social network or a feed. */
const NETWORKS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'linkedin', 'instagram', 'youtube', 'tiktok', 'pinterest', 'reddit',
  'whatsapp', 'telegram', 'bluesky', 'mastodon', 'threads', 'flipboard', 'tumblr', 'snapchat',
  'email', 'e-mail', 'print', 'rss', 'rss feed', 'feed', 'github', 'discord', 'vimeo', 'spotify',
  'copy link', 'copy', 'share',
]);

/** Longest item text that can be a network's name with an icon or a colon. */
const NETWORK_ITEM_MAX = 14;
const NOT_NAME = /[^\p{L}\s-]/gu;

/** Structural cues: what a block's shape says, whatever its words. */
export const SHAPE_CUES: readonly { kind: BoilerplateKind; why: string; weight: number; test: (s: Shape) => boolean }[] = [
  {
    kind: 'social',
    why: 'Most items name a network: a share bar or a follow-us list, even untitled.',
    weight: 3,
    test: (s) => s.items >= 2 && s.networkShare >= 0.5,
  },
  {
    kind: 'nav',
    why: 'A strip of short links (a few words each) is a menu.',
    weight: 2,
    test: (s) => s.linkDensity >= 0.7 && s.items >= 4 && s.itemWords <= 4,
  },
  {
    kind: 'related',
    why: 'A list of headline-length links is a list of other stories.',
    weight: 1,
    test: (s) => s.linkDensity >= 0.6 && s.items >= 3 && s.itemWords >= 6,
  },
];

/** The shape of a block from its " · "-joined text. */
export function shapeOf(text: string, linkDensity: number): Shape {
  const items = text.slice(0, PHRASE_WINDOW).split(' · ');
  let words = 0;
  let networks = 0;
  for (const item of items) {
    let spaces = 0;
    for (let i = item.indexOf(' '); i >= 0; i = item.indexOf(' ', i + 1)) spaces++;
    words += spaces + 1;
    // Network names are short ("Bluesky 🦋", "Share:"); longer items are not normalised at all.
    if (item.length <= NETWORK_ITEM_MAX && NETWORKS.has(item.toLowerCase().replace(NOT_NAME, '').trim())) networks++;
  }
  return { items: items.length, itemWords: words / items.length, linkDensity, networkShare: networks / items.length };
}

/** The kind each name word speaks for (kinds.test.ts checks that no word speaks for two). */
export const NAME_WORD_KINDS: ReadonlyMap<string, BoilerplateKind> = new Map(
  KIND_CUES.flatMap((c) => (c.nameWords ?? []).map((w) => [w, c.kind] as const)),
);

/** Every name word of every kind: an element none of whose names is here is named for no kind. */
export const ALL_NAME_WORDS: ReadonlySet<string> = new Set(NAME_WORD_KINDS.keys());

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
  /** True when a <header>/<footer> is the page's own (not inside an article, section or aside). */
  siteLevel: boolean;
  /** Words of the block's own class, id and aria-label. */
  nameWords: readonly string[];
  /** Words of its nearest ancestors' names (up to a few levels). */
  contextWords: readonly string[];
  /** The block's text, items joined with " · ", or its start (the first 1,500 characters are read). */
  text: string;
  /** Letters in the whole block; the text's length stands in when not given. */
  letters?: number;
  linkDensity: number;
  /** The kind of the larger unit this block was cut from, when it was cut from one. */
  inherited?: BoilerplateKind | null;
}

export interface KindVerdict {
  kind: BoilerplateKind;
  reasons: string[];
  /** How sure: 0 when nothing but structure speaks for the kind. */
  score: number;
  /** True when the element's own tag, role or name speaks for the kind. */
  named: boolean;
  /** True when the block opens with a cue phrase, the way a widget titles itself. */
  titled: boolean;
  /** True when the block's shape (SHAPE_CUES) speaks for the kind. */
  shaped: boolean;
  /** What the phrases in its text (title included) add up to. */
  phraseScore: number;
  /** How many " · "-separated items its text starts with (counted in the text read). */
  items: number;
  /** True when the kind came from the larger unit the block was cut from. */
  inherited: boolean;
}

/** The weights of the evidence, in one place so that their balance can be read and tuned. */
export const WEIGHTS = {
  tag: 5,
  role: 5,
  ownName: 4,
  contextName: 1,
  /** A phrase that opens the block: the widget's own title. */
  title: 3,
  /** Each further phrase in a short block, up to `maxPhrases`. */
  phrase: 1.5,
  weakPhrase: 0.75,
  maxPhrases: 3,
  /** Phrases count this share in long text. */
  longTextFactor: 0.25,
  inherited: 3,
} as const;

/** A block with more letters than this reads as prose, where cue phrases occur in passing. */
const SHORT_LETTERS = 320;
/** Phrases are looked for in the first characters only: the widget's words come first. */
const PHRASE_WINDOW = 1500;
/** A first item longer than this is not a title. */
const TITLE_MAX = 60;

interface CompiledPhrase {
  kind: BoilerplateKind;
  phrase: string;
  weak: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Phrases indexed by their first word, so that a block's text is scanned once for its words and
 * only the phrases that could be there are looked for. Phrases that start with a symbol ("©",
 * "% off") are always looked for.
 */
const BY_HEAD = new Map<string, CompiledPhrase[]>();
const SYMBOL_PHRASES: CompiledPhrase[] = [];
for (const c of KIND_CUES) {
  const add = (phrase: string, weak: boolean): void => {
    const p: CompiledPhrase = { kind: c.kind, phrase, weak };
    const head = /^[\p{L}\p{N}]+/u.exec(phrase)?.[0];
    if (!head) SYMBOL_PHRASES.push(p);
    else BY_HEAD.set(head, [...(BY_HEAD.get(head) ?? []), p]);
  };
  for (const list of Object.values(c.phrases)) for (const phrase of list) add(phrase, false);
  for (const list of Object.values(c.weakPhrases ?? {})) for (const phrase of list) add(phrase, true);
}

/** The cue phrases of every kind that occur in a lower-case text. */
function phrasesIn(text: string): Map<BoilerplateKind, CompiledPhrase[]> {
  const found = new Map<BoilerplateKind, CompiledPhrase[]>();
  const add = (p: CompiledPhrase): void => {
    if (!hasPhrase(text, p.phrase)) return;
    const list = found.get(p.kind);
    if (list) list.push(p);
    else found.set(p.kind, [p]);
  };
  for (const w of new Set(text.match(WORD) ?? [])) for (const p of BY_HEAD.get(w) ?? []) add(p);
  for (const p of SYMBOL_PHRASES) add(p);
  return found;
}

const LETTER = /[\p{L}\p{N}]/u;

/** True when `phrase` occurs in `text` (both lower-case) with no letter glued to either side. */
export function hasPhrase(text: string, phrase: string): boolean {
  const first = phrase[0] ?? '';
  const last = phrase[phrase.length - 1] ?? '';
  let from = 0;
  for (;;) {
    const i = text.indexOf(phrase, from);
    if (i < 0) return false;
    const before = text[i - 1] ?? ' ';
    const after = text[i + phrase.length] ?? ' ';
    const okBefore = !LETTER.test(first) || !LETTER.test(before);
    const okAfter = !LETTER.test(last) || !LETTER.test(after);
    if (okBefore && okAfter) return true;
    from = i + 1;
  }
}

/**
 * The kinds whose strong (not weak) phrases occur anywhere in a text: a cheap test of whether a
 * large block could hold a widget of another kind before it is cut into parts to find out.
 */
export function kindsSaidIn(text: string): Set<BoilerplateKind> {
  const kinds = new Set<BoilerplateKind>();
  for (const [kind, found] of phrasesIn(text.toLowerCase())) if (found.some((p) => !p.weak)) kinds.add(kind);
  return kinds;
}

/** Scores every kind against a block's evidence and returns the best, with its reasons. */
export function classifyKind(ev: KindEvidence): KindVerdict {
  let best: KindVerdict = {
    kind: 'other', reasons: [], score: 0, named: false, titled: false, shaped: false, phraseScore: 0, items: 0,
    inherited: false,
  };
  const own = new Set(ev.nameWords);
  const context = new Set(ev.contextWords);
  const text = ev.text.slice(0, PHRASE_WINDOW).toLowerCase();
  const firstItem = text.split(' · ', 1)[0]?.trim() ?? '';
  const title = firstItem.length <= TITLE_MAX ? firstItem : '';
  const factor = (ev.letters ?? ev.text.length * 0.8) < SHORT_LETTERS ? 1 : WEIGHTS.longTextFactor;
  const shape = shapeOf(ev.text, ev.linkDensity);
  const phrases = phrasesIn(text);
  for (const cues of KIND_CUES) {
    let score = 0;
    let named = false;
    const reasons: string[] = [];
    if (cues.tags?.includes(ev.tag) && (ev.siteLevel || ev.tag === 'nav' || ev.tag === 'menu')) {
      score += WEIGHTS.tag;
      named = true;
      reasons.push(`<${ev.tag}> element`);
    }
    if (ev.role && cues.roles?.includes(ev.role)) {
      score += WEIGHTS.role;
      named = true;
      reasons.push(`role "${ev.role}"`);
    }
    const word = cues.nameWords?.find((w) => own.has(w));
    if (word) {
      score += WEIGHTS.ownName;
      named = true;
      reasons.push(`named "${word}"`);
    } else {
      const ctx = cues.nameWords?.find((w) => context.has(w));
      if (ctx) {
        score += WEIGHTS.contextName;
        reasons.push(`inside "${ctx}"`);
      }
    }
    const matched = phrases.get(cues.kind) ?? [];
    const titlePhrase = title
      ? matched.find((p) => !p.weak && hasPhrase(title, p.phrase) && p.phrase.length >= title.length / 3)
      : undefined;
    let said: string | null = null;
    let phraseScore = 0;
    if (titlePhrase) {
      phraseScore += WEIGHTS.title;
      said = titlePhrase.phrase;
    }
    for (const p of matched.slice(0, WEIGHTS.maxPhrases)) {
      if (p === titlePhrase) continue;
      phraseScore += (p.weak ? WEIGHTS.weakPhrase : WEIGHTS.phrase) * factor;
      said ??= p.phrase;
    }
    score += phraseScore;
    const titled = Boolean(titlePhrase);
    if (said) reasons.push(titled ? `titled "${said}"` : `says "${said}"`);
    let shaped = false;
    for (const sc of SHAPE_CUES) {
      if (sc.kind === cues.kind && sc.test(shape)) {
        shaped = true;
        score += sc.weight;
        reasons.push(sc.kind === 'social' ? 'network links' : sc.kind === 'nav' ? 'menu of short links' : 'list of headlines');
      }
    }
    // A part of a footer is footer at least as surely as the footer was, and its own "footer"
    // class says nothing new; evidence for another kind has to outweigh that.
    let inherited = false;
    if (ev.inherited === cues.kind && score < WEIGHTS.inherited) {
      score = WEIGHTS.inherited;
      inherited = true;
      reasons.push(`part of a ${cues.kind} block`);
    }
    if (score > best.score) {
      best = { kind: cues.kind, reasons, score, named, titled, shaped, phraseScore, items: shape.items, inherited };
    }
  }
  best.items = shape.items;
  const into = ev.inherited;
  if (into && ABSORBS[into]?.includes(best.kind)) {
    return {
      ...best, kind: into, reasons: [...best.reasons, `part of a ${into} block`], named: false, titled: false, shaped: false,
      inherited: true,
    };
  }
  return best;
}
