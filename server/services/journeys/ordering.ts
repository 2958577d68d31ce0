import "server-only";

/**
 * Ordering of stages and touch points as plain lists of ids: a move returns the new order, and
 * the caller writes positions 0..n-1 from it, so positions never have gaps or duplicates.
 */

const clamp = (index: number, length: number) => Math.max(0, Math.min(index, length));

/** Moves `id` to `toIndex` within one list (an index past the end means "last"). */
export function reorder(ids: readonly string[], id: string, toIndex: number): string[] {
  const rest = ids.filter((each) => each !== id);
  if (rest.length === ids.length) throw new Error(`${id} is not in the list`);
  rest.splice(clamp(toIndex, rest.length), 0, id);
  return rest;
}

/** Moves `id` from one list into another at `toIndex`; returns both new orders. */
export function transfer(
  from: readonly string[],
  to: readonly string[],
  id: string,
  toIndex: number,
): { from: string[]; to: string[] } {
  if (!from.includes(id)) throw new Error(`${id} is not in the source list`);
  const target = to.filter((each) => each !== id);
  target.splice(clamp(toIndex, target.length), 0, id);
  return { from: from.filter((each) => each !== id), to: target };
}

/** The position updates needed to make the stored positions match `ids` in order. */
export function positionChanges(
  ids: readonly string[],
  current: ReadonlyMap<string, number>,
): { id: string; position: number }[] {
  return ids.flatMap((id, position) => (current.get(id) === position ? [] : [{ id, position }]));
}
