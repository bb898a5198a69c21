// The crisis clock: four six-hour turns a day, Pacific time (UTC-08:00 in November).
// Turn 0 is Friday 17 November 2023, 12:00-18:00; turn 25 ends Thursday 23 November at 24:00.

export const FIRST_TURN = 0;
export const LAST_TURN = 25;
export const PROLOGUE_TURN = -1;
/** US markets open Monday 06:30 PT, inside turn 11: Microsoft wants things settled before it. */
export const MARKET_OPEN_TURN = 11;

export type Day = 'fri' | 'sat' | 'sun' | 'mon' | 'tue' | 'wed' | 'thu';
export type DayPart = 'night' | 'morning' | 'afternoon' | 'evening';
const DAYS: Day[] = ['fri', 'sat', 'sun', 'mon', 'tue', 'wed', 'thu'];
const PARTS: DayPart[] = ['night', 'morning', 'afternoon', 'evening'];

export interface TurnClock {
  turn: number;
  /** The turn's start, ISO 8601 with the Pacific offset. */
  iso: string;
  day: Day;
  /** 17 for Friday 17 November, and so on. */
  date: number;
  part: DayPart;
  startHour: number;
  endHour: number;
  /** Whether US markets trade during this turn (weekday morning and afternoon). */
  marketOpen: boolean;
}

export function turnClock(turn: number): TurnClock {
  // The prologue is Friday morning, 06:00-12:00.
  const quarter = turn + 2; // quarters of a day since Friday 00:00
  const dayIndex = Math.floor(quarter / 4);
  const part = PARTS[quarter - dayIndex * 4];
  const startHour = (quarter - dayIndex * 4) * 6;
  const date = 17 + dayIndex;
  const day = DAYS[dayIndex] ?? 'thu';
  const hh = String(startHour).padStart(2, '0');
  const weekday = day !== 'sat' && day !== 'sun';
  return {
    turn,
    iso: `2023-11-${date}T${hh}:00:00-08:00`,
    day,
    date,
    part,
    startHour,
    endHour: startHour + 6,
    marketOpen: weekday && (part === 'morning' || part === 'afternoon'),
  };
}

/** The hour of day at which deadlines set in the crisis fall: 2023's fell at 17:00. */
export const DEADLINE_HOUR = 17;
/** Monday's market open, 06:30 PT, the deadline Microsoft feels. */
export const MARKET_OPEN_AT = '2023-11-20T06:30-08:00';

/**
 * The turn of a deadline set now: `ahead` 0 is the next 17:00 that falls after this turn has begun (this afternoon if
 * it is still morning, else tomorrow's), 1 the one after. 17:00 falls in the afternoon turns 0, 4, 8, ...
 */
export function deadlineTurn(turn: number, ahead: number): number {
  const r = ((turn % 4) + 4) % 4;
  const next = r === 0 ? turn + 4 : turn + (4 - r);
  return next + 4 * Math.max(0, ahead);
}

/** The moment a deadline that falls in this (afternoon) turn falls: 17:00 that day. */
export function deadlineAt(turn: number): string {
  const c = turnClock(turn);
  const hour = c.startHour <= DEADLINE_HOUR && DEADLINE_HOUR < c.endHour ? DEADLINE_HOUR : c.endHour;
  return `2023-11-${c.date}T${String(hour).padStart(2, '0')}:00-08:00`;
}
