// Canonical ids from GAME.md. They appear in saved runs, share codes, the command line and tests.

export const PARTIES = ['board', 'employees', 'microsoft', 'salesforce', 'altman', 'investors', 'management'] as const;
export type PartyId = (typeof PARTIES)[number];

/** The parties a person may play. */
export const PLAYABLE_PARTIES = ['board', 'employees', 'microsoft', 'salesforce', 'altman'] as const satisfies readonly PartyId[];
export type PlayablePartyId = (typeof PLAYABLE_PARTIES)[number];

/** Moves resolve in this fixed, published order every turn. */
export const RESOLUTION_ORDER: readonly PartyId[] = ['board', 'management', 'altman', 'microsoft', 'salesforce', 'investors', 'employees'];

export const OUTCOMES = [
  'return-new-board',
  'return-board-intact',
  'exodus-to-microsoft',
  'new-company',
  'board-holds',
  'merger',
  'talent-raid',
  'collapse',
  'stalemate',
  'removal-fails',
] as const;
export type OutcomeId = (typeof OUTCOMES)[number];

export const RULE_SWITCHES = [
  'microsoft-board-seat',
  'notice-required',
  'full-board',
  'directors-with-equity',
  'no-tender',
  'no-microsoft-offer',
  'no-salesforce',
  'board-explains',
] as const;
export type RuleSwitch = (typeof RULE_SWITCHES)[number];

export const POLICIES = ['historical', 'default', 'random', 'hawk', 'dove'] as const;
export type PolicyId = (typeof POLICIES)[number];
/** Who decides a party's move: a person at the device, or a policy. */
export type Controller = PolicyId | 'human';

export const CONCEPTS = [
  'nonprofit-control',
  'duty-to-mission',
  'fiduciary-duty',
  'self-perpetuating-board',
  'acting-without-notice',
  'quorum-and-majority',
  'supermajority',
  'key-person-risk',
  'employee-leverage',
  'investor-rights-without-seat',
  'candour-and-communication',
  'interim-leadership',
  'board-composition',
  'acqui-hire',
] as const;
export type ConceptId = (typeof CONCEPTS)[number];

export const DEPARTURE_DESTINATIONS = ['microsoft', 'salesforce', 'newco', 'other'] as const;
export type Destination = (typeof DEPARTURE_DESTINATIONS)[number];

export const METRICS = [
  'signatures',
  'continuity',
  'boardCredibility',
  'investorPressure',
  'microsoftConfidence',
  'missionSafeguards',
  'valuation',
] as const;
export type MetricId = (typeof METRICS)[number];

export const isParty = (x: string): x is PartyId => (PARTIES as readonly string[]).includes(x);
export const isOutcome = (x: string): x is OutcomeId => (OUTCOMES as readonly string[]).includes(x);
export const isRuleSwitch = (x: string): x is RuleSwitch => (RULE_SWITCHES as readonly string[]).includes(x);
export const isPolicy = (x: string): x is PolicyId => (POLICIES as readonly string[]).includes(x);
