import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type Active,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type Over,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { stageOf, type Columns } from "./map-model";

type Container = { id: UniqueIdentifier; data: { current?: Record<string, unknown> } };

/** The sortable list a droppable belongs to, as SortableContext keeps it current during a drag. */
function sortableOf(container: Container | undefined): { containerId: string; items: string[] } | null {
  const sortable = container?.data.current?.sortable as { containerId: UniqueIdentifier; items: UniqueIdentifier[] } | undefined;
  return sortable ? { containerId: String(sortable.containerId), items: sortable.items.map(String) } : null;
}

const isStage = (container: Container | undefined) => container?.data.current?.type === "stage";

function cardsOfStage(containers: Iterable<Container>, stageId: string): string[] {
  for (const container of containers) {
    const sortable = sortableOf(container);
    if (sortable && sortable.containerId === stageId) return sortable.items;
  }
  return [];
}

/**
 * Over a stage that has cards, aim at its closest card rather than the stage itself, so a card
 * dropped in a column lands between the right two cards; over an empty stage, aim at the stage.
 */
export const mapCollisionDetection: CollisionDetection = (args) => {
  const pointer = pointerWithin(args);
  const hits = pointer.length > 0 ? pointer : rectIntersection(args);
  const overId = getFirstCollision(hits, "id");
  if (overId == null) return [];
  const overContainer = args.droppableContainers.find((container) => container.id === overId);
  if (isStage(overContainer)) {
    const items = cardsOfStage(args.droppableContainers, String(overId));
    if (items.length > 0) {
      const closest = closestCenter({
        ...args,
        droppableContainers: args.droppableContainers.filter((container) => items.includes(String(container.id))),
      });
      const itemId = getFirstCollision(closest, "id");
      if (itemId != null) return [{ id: itemId }];
    }
  }
  return [{ id: overId }];
};

/**
 * Arrow keys for a picked-up card: up and down move it within its stage, left and right into
 * the next stage at about the same height. (dnd-kit's default looks at every card on the page,
 * so "down" could jump to a lower card in the next column.)
 */
export const mapKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context: { active, collisionRect, droppableRects, droppableContainers, over } },
) => {
  const key = event.code;
  if (key !== "ArrowUp" && key !== "ArrowDown" && key !== "ArrowLeft" && key !== "ArrowRight") return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;
  const activeId = String(active.id);
  const own = sortableOf(droppableContainers.get(active.id));
  if (!own) return undefined;
  const column = own.items;

  if (key === "ArrowUp" || key === "ArrowDown") {
    const overId = over && column.includes(String(over.id)) ? String(over.id) : activeId;
    const slot = column.indexOf(overId) + (key === "ArrowDown" ? 1 : -1);
    const targetId = column[slot];
    const rect = targetId ? droppableRects.get(targetId) : undefined;
    if (!rect) return undefined;
    // Below the card's own place, line up bottoms so cards of other heights still swap cleanly.
    const below = slot > column.indexOf(activeId);
    return { x: rect.left, y: below ? rect.top + rect.height - collisionRect.height : rect.top };
  }

  const stageOrder = droppableContainers
    .getEnabled()
    .filter(isStage)
    .map((container) => ({ id: container.id, left: droppableRects.get(container.id)?.left ?? 0 }))
    .sort((a, b) => a.left - b.left)
    .map((stage) => String(stage.id));
  const nextStage = stageOrder[stageOrder.indexOf(own.containerId) + (key === "ArrowRight" ? 1 : -1)];
  if (!nextStage) return undefined;
  let best: { id: string; distance: number } | null = null;
  for (const id of cardsOfStage(droppableContainers.getEnabled(), nextStage)) {
    const rect = id === activeId ? undefined : droppableRects.get(id);
    if (!rect) continue;
    const distance = Math.abs(rect.top - collisionRect.top);
    if (!best || distance < best.distance) best = { id, distance };
  }
  const rect = droppableRects.get(best ? best.id : nextStage);
  if (!rect) return undefined;
  return { x: rect.left, y: rect.top };
};

type Describe = {
  name: (id: string) => string;
  stageName: (stageId: string) => string;
};

/** Whether the dragged card's middle is below the middle of the card it is over. */
export function isBelow(active: Active, over: Over): boolean {
  const translated = active.rect.current.translated;
  if (!translated) return false;
  return translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2;
}

/**
 * Where the dragged card would land when over `overId`: the stage, its 0-based index there and
 * how many cards the stage would then hold.
 */
export function landing(
  columns: Columns,
  activeId: string,
  overId: string,
  below: boolean,
): { stageId: string; index: number; count: number } | null {
  const stageId = stageOf(columns, overId);
  if (!stageId) return null;
  const column = columns[stageId] ?? [];
  if (column.includes(activeId)) {
    const index = overId === stageId ? column.indexOf(activeId) : column.indexOf(overId);
    return { stageId, index, count: column.length };
  }
  const index = overId === stageId ? column.length : column.indexOf(overId) + (below ? 1 : 0);
  return { stageId, index, count: column.length + 1 };
}

/**
 * Plain-words announcements: "Picked up Online booking. Position 1 of 3 in Book." They run
 * with the columns as they were before the event's own state change.
 */
export function mapAnnouncements(
  columns: Columns,
  origin: { stageId: string; index: number; count: number } | null,
  hasMoved: boolean,
  describe: Describe,
): Announcements {
  const where = (spot: { stageId: string; index: number; count: number } | null) =>
    spot ? `position ${spot.index + 1} of ${spot.count} in ${describe.stageName(spot.stageId)}` : "an unknown place";
  return {
    onDragStart({ active }) {
      const id = String(active.id);
      const spot = landing(columns, id, id, false);
      return `Picked up ${describe.name(id)}. ${capitalise(where(spot))}.`;
    },
    onDragOver({ active, over }) {
      const id = String(active.id);
      if (!over) return `${describe.name(id)} is no longer over a stage.`;
      // Right after pick-up the card is "over" itself; saying so would drown the pick-up message.
      if (!hasMoved && String(over.id) === id) return undefined;
      return `${describe.name(id)} is now at ${where(landing(columns, id, String(over.id), isBelow(active, over)))}.`;
    },
    onDragEnd({ active, over }) {
      const id = String(active.id);
      if (!over) return `${describe.name(id)} was dropped outside the stages and stays where it was.`;
      return `Dropped ${describe.name(id)} at ${where(landing(columns, id, String(over.id), isBelow(active, over)))}.`;
    },
    onDragCancel({ active }) {
      const id = String(active.id);
      if (!origin) return `Moving ${describe.name(id)} was cancelled.`;
      return `Moving ${describe.name(id)} was cancelled. It is back at ${where(origin)}.`;
    },
  };
}

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    "To move this touch point, press Space to pick it up. Use the up and down arrow keys to move it within its stage, and the left and right arrow keys to move it to the previous or next stage. Press Space again to drop it, or Escape to cancel.",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
