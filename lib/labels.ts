import type { BoilerplateBlock, BoilerplateKind } from './report';

/**
 * English names for the CLI's text report and the default in-page labels. The popup and the
 * extension's page labels use browser.i18n (public/_locales) instead.
 */
export const KIND_LABELS: Record<BoilerplateKind, string> = {
  nav: 'Navigation',
  trending: 'Trending links',
  promo: 'Promo',
  newsletter: 'Newsletter sign-up',
  'notification-prompt': 'Notification prompt',
  subscription: 'Subscription nag',
  'cookie-consent': 'Cookie consent',
  social: 'Social buttons',
  related: 'Related links',
  ad: 'Advertisement',
  footer: 'Footer',
  'author-bio': 'Author bio',
  comments: 'Comments',
  other: 'Page furniture',
};

/** The short label drawn on a block in the page: "Stale · Trending links · 2022". */
export function blockBadge(block: BoilerplateBlock): string {
  const kind = KIND_LABELS[block.kind];
  if (!block.stale) return kind;
  const year = block.stale.referenceDate?.slice(0, 4);
  return `Stale · ${kind}${year ? ` · ${year}` : ''}`;
}

/** "12 years old", "3 months old", "today": an article's age in words. */
export function ageLabel(days: number): string {
  const years = Math.floor(days / 365.25);
  if (years >= 1) return `${years} year${years === 1 ? '' : 's'} old`;
  const months = Math.floor(days / 30.44);
  if (months >= 1) return `${months} month${months === 1 ? '' : 's'} old`;
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'} old`;
  return 'from today';
}
