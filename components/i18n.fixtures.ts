import type { BoilerplateKind, ClaimType, EntityType } from '../lib/report';
import { CLAIM_STAGES } from '../lib/report';

/** Every value of the report's tag unions, so tests can check that each has a UI name. */
export const BOILERPLATE_KINDS_FOR_TEST: readonly BoilerplateKind[] = [
  'nav', 'trending', 'promo', 'newsletter', 'notification-prompt', 'subscription', 'cookie-consent',
  'social', 'related', 'ad', 'footer', 'author-bio', 'comments', 'other',
];
export const ENTITY_TYPES_FOR_TEST: readonly EntityType[] = ['person', 'organization', 'place', 'product', 'money', 'date', 'law', 'misc'];
export const CLAIM_TYPES_FOR_TEST: readonly ClaimType[] = CLAIM_STAGES;
