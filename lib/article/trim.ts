import type { BodyText } from './body';
import { MONTH_PATTERN } from './dates';
import { wordsOf } from './title';

/**
 * Paragraph-level cleanup after extraction: the "Related:" lines, newsletter pitches and
 * link lists that story containers carry at their ends (and sometimes between paragraphs),
 * which Readability keeps because they sit inside the story's own element.
 * Evidence: fixtures/article/trailing-related, fixtures/article/newsletter-box.
 */

/** A paragraph with what the trimming rules read. */
interface Para {
  text: string;
  /** Share of its characters inside links. */
  linkShare: number;
  /** Tag of its nearest block ancestor ("p", "h2", "li"…). */
  tag: string;
  /** True when the page's own markup puts it in a navigation block (<nav>, role="navigation", a menu item). */
  inNavigation?: boolean;
}

interface TrimRule {
  why: string;
  /** Where the rule applies: only in a run at the body's end, or anywhere. */
  where: 'tail' | 'anywhere';
  test: (p: Para) => boolean;
}

/**
 * Openers of widget lines. Anchored at the start and bounded, so matching stays linear.
 * Kept short: a phrase here must never open a real story paragraph.
 */
const WIDGET_OPENER =
  /^(?:related(?: (?:stories|articles|posts|coverage|content|reading))?|read (?:more|next|also)|more (?:from|on|about|stories|news)|see (?:also|more)|also read|don.t miss|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|enjoy)|further reading|sign up|subscribe|follow us|share (?:this|on)|newsletter|advertisement|sponsored|click here|join (?:our|the|us)|get in touch|book a (?:demo|call|consultation)|request a (?:quote|demo)|talk to (?:our|an?)|ready to|want to|like what you|stay (?:connected|in touch|up to date|updated)|get the latest|by signing up|by (?:posting|submitting) (?:a|your|this) (?:comment|form)|tags?|filed under|topics?|categories|posted in|(?:photo|image|video) (?:credit|courtesy)|©|copyright|all rights reserved)\b\s*[:|»›>\-–—]?/i;

/**
 * Titles of the widgets that follow a story inside its container: from such a heading in the
 * last part of the body to the end, the text is teasers, not story ("ALSO IN THE NEWS",
 * "More from …", "You may also like"). Exact short lines only, so prose never matches.
 */
const TAIL_WIDGET_TITLE = new RegExp(
  // A title may follow a rule drawn in text ("---------- SHARE YOUR STORY").
  `^(?:[-–—_=*~]{3,}\\s*)?(?:${[
    '(?:also|more) in (?:the )?news',
    'related(?: (?:stor(?:y|ies)|articles?|posts?|news|coverage|content|reading|links|topics))?',
    'more (?:from|on|about|stories|news|articles)\\b.{0,40}',
    'you (?:may|might|will|.ll) (?:also )?(?:like|love|enjoy|be interested in)\\b.{0,40}',
    'other (?:posts|articles|stories|guides)\\b.{0,30}',
    'what others are reading',
    'recommended(?: for you| reading| stories)?',
    'further reading',
    'popular(?: (?:posts|stories|now|this week|articles))?',
    'trending(?: now| stories)?',
    'most (?:read|popular|viewed)',
    'latest (?:news|stories|posts|articles)',
    'recent (?:posts|articles|stories)',
    'don.t miss',
    'discover more',
    'what to read next',
    'good articles to read together',
    'leave a (?:reply|comment)',
    'comments?',
    'what do you think\\??',
    'join the (?:discussion|conversation)',
    'be the first to comment',
    'about the author',
    // A reader-funding pitch: "This story is funded by readers like you".
    'this (?:story|article|content|journalism|work|reporting) (?:is|was) (?:funded|supported|made possible) by (?:readers|members|listeners|subscribers)\\b.{0,30}',
    // The credits list and a brand's shopping widget that close a feature: "Image credits", "RECOMMENDS".
    '(?:image|photo|picture) credits?',
    'recommends',
    'footnotes',
    // Closing calls with a title of their own: "SHARE YOUR STORY", "Explore the Latest AI
    // Insights…" (WCXB dev 0031, 4076). Not "Ready to …?": WCXB labels it story on 0184, 0308.
    'share your (?:story|stories|tips?|news|experience)',
    'explore (?:the |our )?(?:latest|more)\\b.{0,50}',
    // A subscription pitch's title over its list of perks (WCXB dev 0468).
    'what(?:.s| is| you get) included in (?:a|your|the|my) (?:subscription|membership)\\??',
  ].join('|')})\\s*:?$`,
  'i',
);

/** True for the title of a widget that follows a story: "Related posts", "Join the conversation". */
export function isWidgetTitle(text: string): boolean {
  return text.length <= 60 && TAIL_WIDGET_TITLE.test(text);
}

/**
 * "Written by Jane Doe", "By Jane Doe", "ByDaryl Austin" (a label and a name in sibling
 * elements, WCXB dev 4530): a verb before "by", or "By" and only capitalised names, so "By
 * then it was late", "Bypass Road" and "BYU Cougars" stay.
 */
const BYLINE_LINE_VERB = /^(?:written|reviewed|edited|fact[- ]checked|posted|words|story) by\s+\S/i;
// Each name ends at a space or at the end, so a word can be split only one way (linear).
const BYLINE_LINE_NAMES = /^(?:[Bb]y |BY |By(?=\p{Lu}\p{Ll}))(?:\p{Lu}[\p{L}\d_.'’-]*,?(?: |$)){1,4}$/u;

function isBylineLine(text: string): boolean {
  return BYLINE_LINE_VERB.test(text) || BYLINE_LINE_NAMES.test(text);
}

/** "June 11, 2025", "Dec. 11 2025": the date a stamp line opens with. */
const MONTH_DAY_YEAR = `${MONTH_PATTERN} \\d{1,2},? \\d{4}`;

/**
 * Whole paragraphs that are the text of a control, not of the story (exact matches only):
 * skip links, "Show Caption" (WCXB dev 0106, 0120), reading stamps ("3 MIN. READ", "Reading
 * Time: 11 minutes"; 0052, 0262), "1,693 views" (0103), a date with its share button or
 * reading time ("Dec 11, 2025 Share", "June 11, 2025 5 min"; 0090, 0218).
 */
const UI_LABEL = new RegExp(
  String.raw`^(?:skip to (?:main )?content|skip to navigation|on this page:?|in this article:?|table of contents|contents|hide|show(?: more| less| all)?|close|menu|back to top|print(?: this)?|share(?: this)?|tweet|pin it|pin for later|email|copy link|link copied|loading(?: [a-z]{1,20})?(?:\.{1,3}|…)?|already have an account\?\s?(?:log ?in|sign ?in)|listen(?: to this article)?|play|pause|subscribe(?: here)?|log ?in|sign ?in|sign up|jump to (?:the )?(?:list|recipe|section|content)|(?:article|story) continues below|continue reading(?: below)?|pin this(?: for later)?!?|posted (?:by|on|in)|stay updated|related posts?|\d{1,3} min(?:ute)?s?\.? read|(?:show|hide|view) caption|reading time:? \d{1,3} min(?:ute)?s?|[\d.,]{1,9}k? views|${MONTH_DAY_YEAR} (?:share|\d{1,3} min(?:ute)?s?(?: read)?))$`,
  'i',
);

/**
 * Affiliate and editorial-independence notices ("We may earn a commission…"), and the
 * publisher's disclaimer of a contributor's views ("The views expressed on … are not
 * necessarily those of …", WCXB dev 0458). Only at the body's edges: a story about affiliate
 * marketing may say the same words in its middle.
 */
const DISCLOSURE =
  /^(?:(?:editorial |advertiser |affiliate )?(?:note|disclosure)\s?:\s?)?(?:disclosure\b|(?:this (?:post|article|page) )?(?:may )?contains? affiliate links|[\w’' ]{1,40} may (?:contain|include) affiliate links|as an amazon associate|we (?:independently|may earn|earn a)|we may (?:be compensated|receive (?:a )?(?:commission|compensation))|products are chosen independently|if you (?:buy|purchase|click)[^.]{0,80}(?:commission|earn)|the (?:views|opinions)(?: and opinions)? expressed\b.{0,120}?\bnot necessarily\b)/i;

/**
 * A labelled affiliate notice ("Note: Some posts may contain affiliate links. Read more in our
 * Privacy Policy."): the label and the hedge make it a notice wherever it stands, e.g. under a
 * comparison table (WCXB dev 0332). A plain "this blog uses affiliate links" stays to the edge
 * rule: WCXB labels it story on 4696.
 */
const LABELLED_AFFILIATE_NOTE = /^(?:editorial |advertiser |affiliate )?(?:note|disclosure)\s?:\s?[^.]{0,40}\bmay (?:contain|include) affiliate links\b/i;

/** True for an affiliate or editorial-independence notice. Evidence: fixtures/article/disclosure-notes. */
export function isDisclosure(text: string): boolean {
  return text.length < 400 && DISCLOSURE.test(text);
}

/**
 * Pitches for a newsletter, a mailing list or the site's social accounts, as a short line of
 * their own anywhere in the body ("🚀 Sign up for The Replay newsletter", "Get the latest
 * news delivered to your inbox", "Follow us on Instagram"). The pitch word must come with what
 * is pitched, so a story's own sentence about subscribing stays. Evidence:
 * fixtures/article/newsletter-pitches (WCXB dev 0390, 0471, 4460, 0107).
 */
const PITCH =
  /^\W{0,4}(?:sign up|subscribe|join|get|want|follow|stay|like what you|love|receive)\b.{0,80}?\b(?:newsletters?|inbox|mailing list|updates from this|on (?:facebook|instagram|twitter|x|linkedin|tiktok|youtube|pinterest))\b/i;

/** Sponsorship labels left in the body: "In partnership with", "Advertisement: …". */
const SPONSOR_LABEL = /^(?:in partnership with|sponsored by|presented by|advertisement\s?:|sponsor (?:this|our) newsletter)/i;

/**
 * The author's own calls to the reader, as a line of their own: "Did you make one of my
 * recipes? Please leave a star rating", "Stay connected with me!", "Help me spread the word
 * about this podcast!". Evidence: fixtures/article/reader-calls (WCXB dev 4159, 0097, 0107).
 */
const READER_CALL =
  /^\W{0,4}(?:did you (?:make|try|cook|bake) (?:this|one of (?:my|our|these))\b|if you (?:made|make|tried|try) this recipe\b|stay connected with (?:me|us)\b|help (?:me|us) spread the word\b)/i;

/**
 * A picture credit as a line of its own: "Image Source: Mises Institute", "Photo credit: …".
 * Evidence: fixtures/article/reader-calls (WCXB dev 0458).
 */
const CREDIT_LINE = /^(?:(?:featured?|header|cover|top) )?(?:image|photo|picture)s? (?:source|credits?|courtesy(?: of)?|via)\s?:/i;

/**
 * The credit of the page's lead picture, which opens an editor's note ("Feature image by …,
 * all other images via brands mentioned. <Site> publishes…", WCXB dev 4106). Only with the
 * qualifier ("feature", "header"…): "Photo by" alone opens the captions a story keeps.
 */
const LEAD_IMAGE_CREDIT = /^(?:featured?|header|cover|top|lead|hero) (?:image|photo|picture) (?:by|via|from|courtesy of)\s/i;

/** A byline with a reading time: "Bridgestone Team | 5 min read". Evidence: fixtures/article/reader-calls (WCXB dev 4182). */
const BYLINE_READ_TIME = /^[^|]{1,60}\|\s?\d{1,3} min(?:ute)?s? read$/i;

/**
 * Closing follow-us lines: "Follow Hardtail Canada" (only capitalised words after "Follow"),
 * "Favourite on Google News". Only in the tail: "Follow the steps…" opens real paragraphs.
 * Evidence: fixtures/article/closing-lines (WCXB dev 4640).
 */
const FOLLOW_LINE = /^(?:[Ff]ollow (?:[A-Z][\w'’.&-]*(?: |$)){1,4}|(?:[Ff]avou?rite|[Ff]ollow|[Aa]dd)(?: us)? on [Gg]oogle [Nn]ews)$/;

/** A paywall notice: "This article is exclusive to STAT+ subscribers". Evidence: fixtures/article/reader-calls (WCXB dev 0221). */
const PAYWALL_NOTICE =
  /^this (?:article|story|content|post) is (?:exclusive|only available|available only|reserved) (?:to|for) .{0,40}?(?:subscribers|members)\b/i;

/**
 * A closing pitch inside a longer last paragraph: "If you liked this article, please consider
 * subscribing…", "…and follow us on Facebook, Instagram…", and an adviser's regulatory notice
 * ("… is a Registered Investment Adviser. Advisory services are only offered…"), and a
 * vendor's closing call ("…do not hesitate to reach out to <Company>", "To get started,
 * request a quote here…", WCXB dev 1222, 0269; not "request a demo", which WCXB labels story
 * on 4223). Tail only.
 * Evidence: fixtures/article/closing-widgets (WCXB dev 0418, 4472, 4090).
 */
const CLOSING_PITCH =
  /\bif you (?:liked|enjoyed) (?:this|the|our) (?:article|post|story|piece|episode|read)\b|\bfollow us on (?:facebook|instagram|twitter|x|linkedin|tiktok|youtube|pinterest)\b|\bis an? (?:sec[- ])?registered investment advis[eo]r\b|\b(?:do not|don[’']t) hesitate to (?:reach out|contact us|get in touch)\b|\brequest a quote\b/i;

/**
 * The lead-in of a shop box between paragraphs: "Buy now from one of our trusted retail
 * partners:". Evidence: fixtures/article/reader-calls (WCXB dev 4265).
 */
const BUY_LINE = /^buy (?:it |them )?now (?:from|at|on)\b/i;

/**
 * A consultancy's call as a line of its own: "Stop Searching & Start Winning. Talk To Our Social
 * Media Marketing Experts" (WCXB dev 0166). Only "our …": "speak with a tax expert" is story.
 */
const TALK_TO_US =
  /^\W{0,4}(?:[^.!?]{0,40}[.!?]\s)?(?:talk|speak|chat) (?:to|with) (?:our|one of our) (?:[\w&-]+ ){0,4}(?:experts?|specialists?|team|advisors?|consultants?)\b/i;

/**
 * A keyword list: four or more " / " separators ("Werbeagentur Düsseldorf / Werbeagentur
 * Berlin / …"), the search-engine text a company site prints after its posts (WCXB dev 4367).
 * Tail only: a table flattened into prose can carry slashes too.
 */
function isSlashList(text: string): boolean {
  return text.length < 1000 && text.split(' / ').filter((part) => /\p{L}{3}/u.test(part)).length >= 5;
}

/** The title of a rating widget, as a line of its own. Exact short lines only. */
const FEEDBACK_TITLE =
  /^(?:how (?:was|did you (?:like|find)) (?:this|today.s) (?:issue|newsletter|edition|article|post|story)|(?:was|did you find) this (?:article|post|page|story|guide) (?:helpful|useful)|rate this (?:article|post|issue|story))\s?\??$/i;

/**
 * A lender's legal line closing a finance blog post: "All personal loans made by WebBank."
 * (WCXB dev 4095). Tail only.
 */
const LENDER_NOTICE =
  /^(?:all )?(?:personal |home |auto |student |business )?(?:loans?|credit cards?|cards?|(?:bank )?accounts?|mortgages?) (?:are )?(?:made|issued|originated|provided|offered) by\b/i;

/**
 * A newsletter's unsubscribe section title ("Here's The Unsubscribe", WCXB dev 4444): a short
 * line that names the control is never story.
 */
const UNSUBSCRIBE_LINE = /\bunsubscribe\b/i;

/**
 * The opener of a reader-funding appeal after the story: "Since you made it to the bottom of
 * this article, we have a small favor to ask." (nonprofit newsrooms, WCXB dev 0174), "Support
 * CNX Software! Donate via cryptocurrencies…" (0421). What follows it is more of the appeal.
 * Not "donate today" alone: a charity's own story may close on it (WCXB labels 0136 story).
 */
const FUNDING_APPEAL = /\b[Ww]e have a (?:small|quick) favou?r to ask\b|^[Ss]upport (?:[A-Z][\w.&'’-]* ){0,3}[A-Z][\w.&'’-]*! (?:[Dd]onate|[Bb]ecome|[Cc]ontribute|[Hh]elp)\b/;

/** Most text a funding appeal runs to after its opener (the campaign line, the button's text). */
const APPEAL_MAX_CHARS = 1500;

/** A menu or breadcrumb item is a few words; longer text in a navigation block is left to the other rules. */
const NAV_ITEM_MAX_CHARS = 100;

/** How many paragraphs at each edge the disclosure rule looks at. */
const EDGE_REACH = 3;

/**
 * The tail cut applies only after this share of the body and this many paragraphs: a widget
 * title follows the story. Teaser lists can be longer than a short story, so the share is low;
 * what follows the title must still be teaser-short (TEASER_MAX_CHARS).
 */
const TAIL_REGION = 0.25;
const TAIL_MIN_PARAGRAPHS = 3;

/**
 * Teasers are short; a paragraph this long after a "widget title" means the title was an
 * inline promo ("Read More" on news sites) and the story goes on.
 */
const TEASER_MAX_CHARS = 300;

/** A rule's test for a short line that says one thing: at most `max` characters and matching `re`. */
function shortLine(max: number, re: RegExp): (p: Para) => boolean {
  return (p) => p.text.length <= max && re.test(p.text);
}

const RULES: readonly TrimRule[] = [
  {
    why: 'Footnotes at the end: each ends with its back-reference arrow ("… ↩"). Evidence: fixtures/article/closing-widgets.',
    where: 'tail',
    test: (p) => /↩\uFE0E?$/.test(p.text),
  },
  {
    why: 'A widget title or a heading left last, with nothing of its own under it ("Footnotes", "How other merchants stack up"). Evidence: fixtures/article/closing-lines, closing-widgets.',
    where: 'tail',
    test: (p) => isWidgetTitle(p.text) || (/^h[1-6]$/.test(p.tag) && p.text.length <= 60 && /\p{L}/u.test(p.text)),
  },
  {
    why: 'A closing pitch or regulatory notice as the last paragraph: "If you liked this article, please consider subscribing…". Evidence: fixtures/article/closing-widgets.',
    where: 'tail',
    test: shortLine(600, CLOSING_PITCH),
  },
  {
    why: 'A paywall notice: "This article is exclusive to STAT+ subscribers".',
    where: 'anywhere',
    test: shortLine(120, PAYWALL_NOTICE),
  },
  {
    why: 'Closing follow-us lines: "Follow Hardtail Canada", "Favourite on Google News".',
    where: 'tail',
    test: shortLine(50, FOLLOW_LINE),
  },
  {
    why: "The author's calls to the reader: \"Did you make one of my recipes? …\", \"Stay connected with me!\".",
    where: 'anywhere',
    test: shortLine(400, READER_CALL),
  },
  {
    why: 'Picture credits as a line of their own: "Image Source: Mises Institute".',
    where: 'anywhere',
    test: shortLine(100, CREDIT_LINE),
  },
  {
    why: 'The credit of the lead picture opening an editor\'s note: "Feature image by …".',
    where: 'anywhere',
    test: shortLine(500, LEAD_IMAGE_CREDIT),
  },
  {
    why: 'A labelled affiliate notice anywhere: "Note: Some posts may contain affiliate links.".',
    where: 'anywhere',
    test: shortLine(400, LABELLED_AFFILIATE_NOTE),
  },
  {
    why: 'A newsletter\'s unsubscribe title as a short line of its own: "Here\'s The Unsubscribe".',
    where: 'anywhere',
    test: shortLine(60, UNSUBSCRIBE_LINE),
  },
  {
    why: 'A consultancy\'s call to talk to its experts, as a line of its own.',
    where: 'anywhere',
    test: shortLine(100, TALK_TO_US),
  },
  {
    why: 'A lender\'s legal line at the end: "All personal loans made by WebBank.".',
    where: 'tail',
    test: shortLine(200, LENDER_NOTICE),
  },
  {
    why: 'Keyword lists separated by slashes at the end of the body.',
    where: 'tail',
    test: (p) => isSlashList(p.text),
  },
  {
    why: 'A rating widget\'s title: "How was this issue?", "Was this article helpful?" (WCXB dev 4444).',
    where: 'anywhere',
    test: shortLine(50, FEEDBACK_TITLE),
  },
  {
    why: 'The lead-in of a shop box: "Buy now from one of our trusted retail partners:".',
    where: 'anywhere',
    test: shortLine(80, BUY_LINE),
  },
  {
    why: 'A byline with a reading time: "Bridgestone Team | 5 min read".',
    where: 'anywhere',
    test: shortLine(80, BYLINE_READ_TIME),
  },
  {
    why: 'A run of link lines at the end is a related-stories or tag list (Readability keeps them).',
    where: 'tail',
    test: (p) => p.linkShare >= 0.5 && p.text.length < 300,
  },
  {
    why: 'Widget titles and pitches at the end: "Related stories", "Sign up for our newsletter", "© 2024", "By posting a comment, you consent…" (fixtures/article/closing-lines).',
    where: 'tail',
    test: (p) => p.text.length < 300 && WIDGET_OPENER.test(p.text),
  },
  {
    why: 'Inline promos between paragraphs: "READ MORE: <headline>", "Related: <headline>".',
    where: 'anywhere',
    test: (p) => p.linkShare >= 0.4 && p.text.length < 250 && WIDGET_OPENER.test(p.text),
  },
  {
    why: 'A byline left as a line of its own ("Written by Jane Doe"): the header shows the byline.',
    where: 'anywhere',
    test: (p) => p.text.length <= 70 && isBylineLine(p.text),
  },
  {
    why: 'Newsletter, mailing-list and follow-us pitches as a line of their own.',
    where: 'anywhere',
    test: shortLine(120, PITCH),
  },
  {
    why: 'Sponsorship labels and sponsor pitches: "In partnership with", "Advertisement: …".',
    where: 'anywhere',
    test: shortLine(80, SPONSOR_LABEL),
  },
  {
    why: 'The advertisement label left where an ad slot was.',
    where: 'anywhere',
    test: (p) => /^(?:advertisement|advertising|ad|sponsored content)$/i.test(p.text),
  },
  {
    why: 'Menu and breadcrumb items the page marks as navigation (<nav>, role="navigation", li.menu-item) that a story container swallowed: on WCXB dev, 55 such lines on 7 pages reached the body (0163, 0090, 0005…), none of them a line of the labelled story. Short lines only, in case a page wraps its story in such an element.',
    where: 'anywhere',
    test: (p) => p.inNavigation === true && p.text.length <= NAV_ITEM_MAX_CHARS,
  },
  {
    why: 'Labels of page controls that are text in the markup: skip links, "On this page", "Hide", "Close".',
    where: 'anywhere',
    test: shortLine(40, UI_LABEL),
  },
];

/**
 * True for a paragraph that is a widget wherever it stands (a newsletter pitch, a sponsor
 * label, a control's text…), read on its own: for text found outside the body, such as a
 * standfirst candidate ("Get the latest federal technology news delivered to your inbox."
 * sits under some headlines, WCXB dev 0471). Evidence: fixtures/article/pitch-under-headline.
 */
export function isWidgetLine(text: string): boolean {
  const p: Para = { text, linkShare: 0, tag: 'p' };
  return RULES.some((r) => r.where === 'anywhere' && r.test(p)) || isCreditLine(text);
}

/** "Written by Adrien Ramirez, 4+ years covering…": a credit line, under a headline a dek's lookalike. */
function isCreditLine(text: string): boolean {
  return text.length <= CREDIT_BY_MAX_CHARS && CREDIT_BY.test(text);
}

function paraAt(body: BodyText, i: number): Para {
  const b = body.blocks[i]!;
  const text = body.text.slice(b.start, b.end);
  const chars = text.replace(/\s+/g, '').length || 1;
  const source = body.sources[i] ?? null;
  return {
    text,
    linkShare: Math.min(1, (body.linked?.[i] ?? 0) / chars),
    tag: b.tag ?? '',
    // li.menu-item: WordPress menus, which themes also render outside <nav> (a mobile menu, WCXB dev 0163).
    inNavigation: source?.closest('nav, [role="navigation"], li.menu-item') != null,
  };
}

/** Keeps only the blocks at `indices`, recomputing offsets. */
export function selectBlocks(body: BodyText, indices: readonly number[]): BodyText {
  const parts: string[] = [];
  const out: BodyText = { text: '', blocks: [], sources: [], linked: [] };
  let length = 0;
  for (const i of indices) {
    const b = body.blocks[i]!;
    const text = body.text.slice(b.start, b.end);
    if (parts.length) length += 2;
    out.blocks.push({ start: length, end: length + text.length, tag: b.tag });
    out.sources.push(body.sources[i] ?? null);
    out.linked!.push(body.linked?.[i] ?? 0);
    parts.push(text);
    length += text.length;
  }
  out.text = parts.join('\n\n');
  return out;
}

/** First words of a byline's people, lower-case: "Jane Doe and John Roe" → ["jane doe", "john roe"]. */
function bylineNames(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    // "Author: Ashley Biancuzzo" (WCXB dev 4014): the label is not part of the name.
    .replace(/^\s*(?:author|written by|by)\s*:?\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n.split(' ').length >= 2 && n.length <= 60);
}

/**
 * An author bio at the end of the story: it opens with the byline's name and says who they
 * are ("Karina Cohen is the owner of…"). Evidence: fixtures/article/author-bio.
 */
function isAuthorBio(p: Para, names: readonly string[]): boolean {
  if (p.text.length > 800) return false;
  const start = p.text.slice(0, 80).toLowerCase();
  return names.some((n) => start.startsWith(n) && /^\s*(?:is|was|has|writes|covers|joined|leads|holds|,)/.test(start.slice(n.length)));
}

/** What a bio calls its subject: "writer", "editor"… */
const BIO_TRADE = /\b(?:writer|editor|journalist|reporter|author|contributor|columnist|correspondent|blogger|researcher)\b/i;

/**
 * A bio in an author card that calls the author by first name only, at the story's end or
 * start: "Irene is an experienced writer with five years' experience…" (WCXB dev 0500). The first
 * name must open the paragraph and a trade word must follow, so story prose about someone
 * who shares the author's first name stays.
 */
function isFirstNameBio(p: Para, names: readonly string[]): boolean {
  if (p.text.length > 800) return false;
  const start = p.text.slice(0, 200).toLowerCase();
  return names.some((n) => {
    const first = n.split(' ')[0]!;
    return first.length >= 3 && start.startsWith(`${first} is a`) && BIO_TRADE.test(start);
  });
}

/**
 * An author card's title line and the bio under it, when the byline does not name the author
 * (a newsletter's byline is its own name): "Tim Green UK-based Systems Theorist & Independent
 * Technology Writer", then "Tim explores the intersections of…" (WCXB dev 2722). The line is
 * a name and a trade; the next paragraph opens with that first name and a verb.
 */
function isCardTitle(p: Para, next: Para | undefined): boolean {
  if (!next || p.text.length > 100 || !BIO_TRADE.test(p.text)) return false;
  const name = /^(\p{Lu}[\p{Ll}'’-]+) \p{Lu}[\p{Ll}'’-]+\b/u.exec(p.text);
  return name !== null && new RegExp(`^${name[1]} \\p{Ll}+s\\b`, 'u').test(next.text);
}

/**
 * The author introducing themselves in a box within the story: "Hi, I'm Ashley Biancuzzo, and
 * I oversee all laptop coverage…" (WCXB dev 4014). Only with a greeting and the byline's full
 * name: a plain "I'm Scott Kasun, founder of…" opens the story itself on WCXB dev 0328.
 */
function isSelfIntroduction(p: Para, names: readonly string[]): boolean {
  if (p.text.length > 800) return false;
  const intro = /^(?:hi|hello|hey)(?: there)?[,!.]?\s+(?:i[’']m|i am|my name is)\s+/i.exec(p.text);
  if (!intro) return false;
  const rest = p.text.slice(intro[0].length, intro[0].length + 80).toLowerCase();
  return names.some((n) => rest.startsWith(n));
}

/** How many paragraphs from the end an author bio may start. */
const BIO_REACH = 4;
/** How many paragraphs from the end an author card's title line may stand. */
const CARD_REACH = 6;

/**
 * Beyond BIO_REACH, a bio naming the byline in full is still a bio when it sits in the last
 * part of the body (teasers and "Previous article" links may follow it, WCXB dev 0246); only
 * the bio itself goes there, as what follows may be story.
 */
const LATE_BIO_REGION = 0.75;

/**
 * An author card above the story is read first: a bio naming the byline among the first
 * paragraphs goes too ("Mary Marlowe Leverette is one of the industry's…", "Tom Krisher, AP Auto
 * Writer"). On WCXB dev and AEB, 12 such paragraphs open the body and none is labelled story.
 */
const HEAD_BIO_REACH = 3;

/**
 * A line crediting the writers or reviewers, with what they are: "Reviewed by Justin C.
 * Meserole, Trial Attorney…". The name must be capitalised: "Written by hand, …" is prose.
 */
const CREDIT_BY = /^(?:[Ww]ritten|[Rr]eviewed|[Ee]dited|[Ff]act[- ][Cc]hecked|[Mm]edically [Rr]eviewed|[Rr]esearched|[Tt]ested) [Bb]y:? \p{Lu}(?:[^.!?]|(?<=\b\p{Lu})\.){0,80}?(?:,|\son\s)/u;
const CREDIT_BY_MAX_CHARS = 300;

/** How far down the body a copy of the headline may stand, in paragraphs. */
const HEADLINE_REACH = 3;
/** Characters a breadcrumb or kicker may add before the copied headline ("Home ▸ News Release ▸"). */
const HEADLINE_PREFIX_MAX = 40;
/**
 * Words a headline needs before a line that merely ends with it counts as its copy: a short
 * title ends many subheadings ("Benefits of Vanguard index funds" under "Index funds", 4506).
 */
const HEADLINE_SUFFIX_MIN_WORDS = 4;

/**
 * The headline again among the first paragraphs, maybe after a breadcrumb or a kicker that the
 * page glued to it ("HomeSPORT NEWSBREAKING NEWS: Chelsea Activate…", Zyte AEB; "Home ▸ News
 * Release ▸ Mindfulness Meditation…", WCXB dev 4557). The popup shows the title above the
 * story, and the body is the story: the copy goes (11 AEB and 33 WCXB dev bodies had one). Its
 * element is returned too: on a page without an <h1> it is the headline the datelines are read
 * from. Evidence: fixtures/article/headline-in-body.
 */
export function splitRepeatedHeadline(body: BodyText, title: string): { body: BodyText; copy: Element | null } {
  const headline = wordsOf(title).join(' ');
  const long = headline.split(' ').length >= HEADLINE_SUFFIX_MIN_WORDS;
  // Compared unspaced: the body glues a headline's second line to its first ("AlternativesTop",
  // where the title reads "Alternatives Top"; title-block-span).
  const unspaced = headline.replace(/ /g, '');
  const n = body.blocks.length;
  for (let i = 0; headline && i < Math.min(n - 1, HEADLINE_REACH); i++) {
    const line = wordsOf(paraAt(body, i).text).join(' ');
    const copied = line.replace(/ /g, '') === unspaced || (long && line.endsWith(headline) && line.length - headline.length <= HEADLINE_PREFIX_MAX);
    if (copied) {
      return { body: selectBlocks(body, body.blocks.flatMap((_, k) => (k === i ? [] : [k]))), copy: body.sources[i] ?? null };
    }
  }
  return { body, copy: null };
}

/** Drops widget paragraphs: trailing runs of link lines, pitches and author bios, inline promos. */
export function trimBody(body: BodyText, byline?: string | null): BodyText {
  const names = bylineNames(byline);
  const n = body.blocks.length;
  const paras = Array.from({ length: n }, (_, i) => paraAt(body, i));
  const drop = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (RULES.some((r) => r.where === 'anywhere' && r.test(paras[i]!))) drop[i] = true;
  }
  // A widget title late in the body: it and everything after it go.
  const total = body.text.length;
  for (let i = TAIL_MIN_PARAGRAPHS; i < n; i++) {
    const b = body.blocks[i]!;
    if (b.start < total * TAIL_REGION) continue;
    if (isWidgetTitle(paras[i]!.text)) {
      if (paras.slice(i + 1).some((p) => p.text.length > TEASER_MAX_CHARS)) continue;
      drop.fill(true, i);
      break;
    }
  }
  // A reader-funding appeal late in the body: it and the rest of the appeal.
  for (let i = TAIL_MIN_PARAGRAPHS; i < n; i++) {
    if (body.blocks[i]!.start < total * TAIL_REGION || !FUNDING_APPEAL.test(paras[i]!.text)) continue;
    if (total - body.blocks[i]!.end > APPEAL_MAX_CHARS) continue;
    drop.fill(true, i);
    break;
  }
  // An author bio among the last few paragraphs: it and what follows it (more of the bio).
  for (let i = n - 1; i > 0 && i >= n - BIO_REACH; i--) {
    if (isAuthorBio(paras[i]!, names) || isFirstNameBio(paras[i]!, names)) {
      drop.fill(true, i);
      break;
    }
  }
  // An author card by its title line, a little further up: its bio, contact line and a
  // comments link may follow it.
  for (let i = n - 2; i > 0 && i >= n - CARD_REACH; i--) {
    if (isCardTitle(paras[i]!, paras[i + 1])) {
      drop.fill(true, i);
      break;
    }
  }
  // Author cards elsewhere: a self-introduction anywhere, a bio at the head or late in the body.
  if (names.length) {
    for (let i = 0; i < n; i++) {
      const p = paras[i]!;
      const head = i < HEAD_BIO_REACH;
      const late = body.blocks[i]!.start >= total * LATE_BIO_REGION;
      if (isSelfIntroduction(p, names) || ((head || late) && isAuthorBio(p, names)) || (head && isFirstNameBio(p, names))) drop[i] = true;
    }
  }
  // Credit lines at the head: "Written by Adrien Ramirez, 4+ years covering computer hardware…
  // Joanna Nelius, senior editor…" (WCXB dev 4430), "Reviewed by Justin C. Meserole, Trial
  // Attorney at Morgan & Morgan, on December 9, 2024." (0298). Longer than a byline line, so
  // only among the first paragraphs. Evidence: fixtures/article/credit-lines.
  for (let i = 0; i < Math.min(n - 1, HEAD_BIO_REACH); i++) {
    if (isCreditLine(paras[i]!.text)) drop[i] = true;
  }
  // Affiliate notices at either edge.
  for (let i = 0; i < n; i++) {
    if ((i < EDGE_REACH || i >= n - EDGE_REACH) && isDisclosure(paras[i]!.text)) drop[i] = true;
  }
  // The head: link lines before the first paragraph of prose are navigation.
  for (let i = 0; i < n - 1; i++) {
    const p = paras[i]!;
    if (p.linkShare >= 0.5 && p.text.length < 120) drop[i] = true;
    else break;
  }
  // The tail: walk back from the end while paragraphs are widget lines. Never the whole body.
  for (let i = n - 1; i > 0; i--) {
    const p = paras[i]!;
    if (drop[i]) continue;
    if (RULES.some((r) => r.where === 'tail' && r.test(p))) drop[i] = true;
    else break;
  }
  if (!drop.some(Boolean)) return body;
  return selectBlocks(body, drop.flatMap((d, i) => (d ? [] : [i])));
}
