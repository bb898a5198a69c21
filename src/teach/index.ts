// The teaching core, no DOM: glossary, why each number changed, votes in words, what each party knew, the debrief.
// Screens and the command line call these; everything is a pure function of the run (and, for turning points, seeds).
export { glossary, glossaryEntry, isTeachingConcept, boardArithmetic, NEW_CONCEPTS, TEACHING_CONCEPTS, type GlossaryEntry, type TeachingConceptId } from './glossary.ts';
export { whyOf, whyLine, type Why, type Cause } from './why.ts';
export { voteInWords, votesOf, type VoteInWords, type BallotInWords } from './votes.ts';
export { knowledgeAt, knownNow, type Knowledge, type KnownFact } from './knowledge.ts';
export { timelineBeside, departureFromHistory, type TimelineTurn, type Departure } from './timeline.ts';
export {
  turningPoints, firstStage, secondStage, runProbes, mergeTallies, splitSeeds, turningPointsFrom, oddsPath, playOnPolicies,
  TURNING_POINTS, type Probe, type Tally, type TurningPoint, type TurningPointOptions,
} from './turning-points.ts';
export { questionsFor, runFacts, QUESTION_BANK, QUESTIONS, type Question } from './questions.ts';
export { debrief, type Debrief, type DebriefOptions } from './debrief.ts';
export { debriefMarkdown } from './markdown.ts';
export { positions } from './replay.ts';
export { quoteShown, quoteLine, quoteBy, quoteId, SEED_FRENCH, type QuoteShown, type QuoteId } from './quotes.ts';
export { guideFor, isFirstTurn, GUIDE_STEPS, type Guide, type GuideStep, type GuideStepId, type ChoiceSoFar } from './guide.ts';
