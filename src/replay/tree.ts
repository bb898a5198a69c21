// The tree of a run's branches, as the page draws it: each branch with the turn it parted from its parent, the switch
// it turned on there, how far it went and how it ended, its own branches under it; the line of the branch being played
// (it and its ancestors) picked out. Read from the run's records (src/share), never from a replay.
import type { OutcomeId } from '../sim/ids.ts';
import type { Branch, MidGameSwitch, Run } from '../share/format.ts';

export interface TreeNode {
  id: number;
  parent: number | null;
  /** Its first turn of its own (-1, the prologue, for the main line). */
  fromTurn: number;
  /** The last turn it played; fromTurn - 1 when it has played none yet. */
  lastTurn: number;
  rule: MidGameSwitch | null;
  outcome: OutcomeId | null;
  /** Its branches, by the turn they parted, then as they were made. */
  children: TreeNode[];
  depth: number;
  /** The branch being played. */
  current: boolean;
  /** The branch being played or one it was played from. */
  onLine: boolean;
}

const byId = (run: Run, id: number): Branch | undefined => run.branches.find((b) => b.id === id);

/** The ids of a branch's line, from the main line down to the branch itself. */
export function lineOf(run: Run, id: number): number[] {
  const out: number[] = [];
  for (let b = byId(run, id); b; b = b.parent === null ? undefined : byId(run, b.parent)) out.unshift(b.id);
  return out;
}

/** The run's branches as a tree, from the main line. */
export function branchTree(run: Run, current: number): TreeNode {
  const line = new Set(lineOf(run, current));
  const make = (b: Branch, depth: number): TreeNode => ({
    id: b.id,
    parent: b.parent,
    fromTurn: b.fromTurn,
    lastTurn: b.fromTurn + b.turns - 1,
    rule: b.rule,
    outcome: b.outcome,
    depth,
    current: b.id === current,
    onLine: line.has(b.id),
    children: run.branches
      .filter((c) => c.parent === b.id)
      .sort((x, y) => x.fromTurn - y.fromTurn || x.id - y.id)
      .map((c) => make(c, depth + 1)),
  });
  return make(run.branches[0], 0);
}

/** Every node of a tree, depth first (the order the page lists them in). */
export function flatten(node: TreeNode): TreeNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/**
 * The branch a new branch from `turn` of branch `id`'s game is played from: the one in that line that played the turn
 * as part of its own turns. A branch that starts at that very turn played it differently from its parent, so the new
 * branch, which plays it differently again, parts from the parent too (they are siblings, not parent and child).
 */
export function ownerOf(run: Run, id: number, turn: number): number {
  let b = byId(run, id);
  while (b && b.parent !== null && turn <= b.fromTurn) b = byId(run, b.parent);
  return b?.id ?? 0;
}
