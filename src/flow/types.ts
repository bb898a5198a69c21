// The flow's context and events: everything the screens show about where the game is, and everything a player can do.
import type { PartyId, PlayablePartyId, RuleSwitch } from '../sim/ids.ts';
import type { GameState, Message, PlayedMove, TurnRecord, World } from '../sim/types.ts';
import type { LoadResult, SaveFile } from '../storage/save.ts';
import type { SlotInfo } from '../storage/slots.ts';
import type { ClassSession, Devices, SessionRefusalKind } from '../classroom/session.ts';
import type { ClassInput } from '../classroom/summary.ts';
import type { StorageProblem } from '../storage/store.ts';
import type { EndingsDep } from './replay.ts';
import type { ReplayContext, ReplayEvent } from './replay-types.ts';

export type Mode = 'play' | 'watch';
export type Speed = 1 | 2 | 4;

/** The choice being made by the person in the chair. */
export interface Draft {
  move: string | null;
  /** Index into the chosen card's options; -1 until one is chosen. */
  option: number;
  /** The concept whose glossary is open in the move's detail. */
  concept: string | null;
  /** The page of move cards shown. */
  page: number;
}

/** The turn being shown, step by step. */
export interface Resolution {
  record: TurnRecord;
  /** The world before the turn: the numbers start here and move as the steps are shown. */
  before: World;
  /** How many steps are shown; `total` when the resolution is complete. */
  shown: number;
  total: number;
  /** The step whose changes are open; null: the latest shown. */
  open: number | null;
}

/** What the page address asked for as a seed, when it could not be used. */
export interface SeedRefusal {
  text: string;
}

export interface SetupDraft {
  humans: PlayablePartyId[];
  rules: RuleSwitch[];
  rulebookOpen: boolean;
  /** The party whose briefing is shown. */
  briefing: PlayablePartyId;
}

export interface FlowContext {
  reducedMotion: boolean;
  /** The seed from the page address, or null for a random one each game. */
  seed: number | null;
  seedRefused: SeedRefusal | null;
  /** The run that Continue resumes. */
  saved: SaveFile | null;
  /** Storage problems to show; kinds the player dismissed are not shown again. */
  notices: StorageProblem[];
  dismissed: StorageProblem['kind'][];
  setup: SetupDraft;
  mode: Mode;
  /** People at this device, in hot-seat order. */
  humans: PlayablePartyId[];
  game: GameState | null;
  /** Index into the active humans of who is choosing now. */
  seat: number;
  /** Moves locked in this turn by the people who already chose. */
  pending: Partial<Record<PartyId, PlayedMove>>;
  draft: Draft;
  /** The last move the rules refused, with the rule in words; the choice it came from stays in the draft. */
  refusal: { played: PlayedMove; reason: Message } | null;
  resolution: Resolution | null;
  speed: Speed;
  // The classroom (src/flow/class-actions.ts).
  /** The class session the page address opened (#class=...): new games start with its seed, rulebook and seats. */
  session: ClassSession | null;
  /** Why the address's class session could not be used. */
  sessionRefused: SessionRefusalKind | null;
  /** The teacher's screen (null until it is opened): the session being set up and the class's runs as handed in. */
  classroom: Classroom | null;
  /** The run's branches, the timeline, sharing (src/flow/replay.ts). */
  replay: ReplayContext;
  // ---- Saved games (slot-actions.ts)
  /** The named saves, newest first (the autosave is `saved`). */
  slots: SlotInfo[];
  /** What the last change to the saves did, to say so; null once said or when it failed (a notice says that). */
  slotNote: { did: 'saved' | 'renamed' | 'deleted'; name: string } | null;
  /** A named save being loaded (for the moment between reading it and starting it). */
  loaded: SaveFile | null;
}

export type ClassroomView = 'setup' | 'gather' | 'projector';

export interface Classroom {
  session: ClassSession;
  view: ClassroomView;
  /** Everything handed in so far, in order (read and counted by src/classroom/summary.ts). */
  inputs: ClassInput[];
}

export type FlowEvent =
  // title
  | { type: 'NEW_GAME' }
  | { type: 'RESUME' }
  | { type: 'WATCH' }
  | { type: 'OPEN_SETTINGS' }
  | { type: 'EXPLORE' }
  | { type: 'BACK' }
  // seat choice and rulebook
  | { type: 'TOGGLE_SEAT'; party: PlayablePartyId }
  | { type: 'TOGGLE_RULEBOOK' }
  | { type: 'TOGGLE_RULE'; rule: RuleSwitch | 'none' }
  | { type: 'START' }
  // hot seat
  | { type: 'READY' }
  // choosing
  | { type: 'SELECT_MOVE'; move: string }
  | { type: 'SELECT_OPTION'; option: number }
  | { type: 'OPEN_CONCEPT'; concept: string | null }
  | { type: 'PAGE'; page: number }
  | { type: 'END_TURN' }
  // resolution
  | { type: 'SKIP' }
  | { type: 'OPEN_STEP'; step: number }
  | { type: 'CONTINUE' }
  // watching history
  | { type: 'PAUSE' }
  | { type: 'PLAY' }
  | { type: 'SPEED'; speed: Speed }
  | { type: 'NEXT_TURN' }
  // anywhere in a game, and after it
  | { type: 'MENU' }
  | { type: 'PLAY_AGAIN' }
  // from the settings and the storage
  | { type: 'MOTION'; reduced: boolean }
  | { type: 'STORAGE_PROBLEM'; problem: StorageProblem }
  /** This tab has the right to write the save again (the other tab closed). */
  | { type: 'STORAGE_WRITABLE' }
  | { type: 'DISMISS_NOTICES' }
  // the classroom: the teacher's screen (from the title, or the teacher's link with its session)
  | { type: 'OPEN_CLASSROOM'; session?: ClassSession }
  /** The page was opened with a student's link: its session, or why it could not be used. */
  | { type: 'JOIN_CLASS'; session: ClassSession | null; refused: SessionRefusalKind | null }
  | { type: 'CLASS_SEED'; seed: number }
  | { type: 'CLASS_NEW_SEED' }
  | { type: 'CLASS_RULE'; rule: RuleSwitch }
  | { type: 'CLASS_SEAT'; party: PlayablePartyId }
  | { type: 'CLASS_DEVICES'; devices: Devices }
  | { type: 'CLASS_VIEW'; view: ClassroomView }
  | { type: 'CLASS_ADD'; inputs: ClassInput[] }
  | { type: 'CLASS_CLEAR' }
  // the timeline, branches, sharing, importing, the endings gallery
  | ReplayEvent
  // saved games: from the title and from a game
  | { type: 'OPEN_SAVES' }
  /** Save the run (the game on screen, or at the title the autosaved run) under a name; `replace`: over that save. */
  | { type: 'SAVE_AS'; name: string; replace?: string }
  | { type: 'LOAD_SLOT'; id: string }
  | { type: 'RENAME_SLOT'; id: string; name: string }
  | { type: 'DELETE_SLOT'; id: string };

type SaveBody = Omit<SaveFile, 'version' | 'savedAt' | 'name'>;

/** What the flow needs from outside: the saves (storage/slots.ts) and a source of random seeds. */
export interface FlowDeps {
  store: {
    /** The autosave. */
    load(): LoadResult;
    save(file: SaveBody): StorageProblem | null;
    clear(): void;
    /** The named saves. */
    list(): { slots: SlotInfo[]; problems: StorageProblem[] };
    loadSlot(id: string): LoadResult;
    saveSlot(name: string, file: SaveBody, replace?: string): { ok: true; id: string } | { ok: false; problem: StorageProblem };
    renameSlot(id: string, name: string): StorageProblem | null;
    deleteSlot(id: string): StorageProblem | null;
  };
  randomSeed: () => number;
  /** Where the endings reached at this device are noted (the endings gallery); none in tests that do not look. */
  endings?: EndingsDep;
}

export interface FlowInput {
  reducedMotion: boolean;
  /** The page address's `seed` parameter, as written (null when there is none). */
  seedParam: string | null;
}
