import { flushSync } from 'react-dom';

/*
 * Where focus goes when the control that had it goes away or changes meaning (WCAG 2.4.3, focus
 * order). Removing an item unmounts the button that was pressed, and the browser then drops focus
 * to the page: a keyboard user starts again from the top. Moving an item in a list keyed by index
 * leaves focus on the same button, which now belongs to the other item. So the editor marks its
 * lists in the DOM and these helpers put focus back where the user was:
 *
 *   data-focus-list="<id>"  a list of items (unique in the page)
 *   data-focus-item         one item of the nearest list around it
 *   data-focus-add="<id>"   the button that adds to that list (or the form that does)
 *   data-focus-move="up" | "down"  an item's move buttons
 *
 * The change is rendered at once (flushSync) so that the DOM it leaves is there to look in.
 */

type Pressed = Element | null | undefined;

const TABBABLE = 'input, select, textarea, button, a[href], [tabindex]';

function listOf(pressed: Element): { list: Element; id: string; index: number } | null {
  const item = pressed.closest('[data-focus-item]');
  const list = item?.closest('[data-focus-list]');
  const id = list?.getAttribute('data-focus-list');
  if (!item || !list || !id) return null;
  return { list, id, index: itemsOf(list).indexOf(item) };
}

/** The list's own items (not those of a list inside one of them). */
function itemsOf(list: Element): Element[] {
  return [...list.querySelectorAll('[data-focus-item]')].filter((item) => item.closest('[data-focus-list]') === list);
}

/** The first control of `root` in the Tab order (a radio group's checked radio, not the others). */
function firstControl(root: Element): HTMLElement | null {
  return (
    [...root.querySelectorAll<HTMLElement>(TABBABLE)].find(
      (element) => element.tabIndex >= 0 && !element.hasAttribute('disabled') && !element.closest('[inert]'),
    ) ?? null
  );
}

/** Where one adds to the list: its enabled add button, or the first control of its form to add one. */
function addTarget(id: string): HTMLElement | null {
  for (const element of document.querySelectorAll<HTMLElement>(`[data-focus-add="${CSS.escape(id)}"]`)) {
    const target = element.matches(TABBABLE) ? element : firstControl(element);
    if (target && !target.hasAttribute('disabled')) return target;
  }
  return null;
}

/**
 * Removes the item whose button was pressed, then focuses the first control of the item that took
 * its place, else the list's add button, else the heading of the section it was in.
 */
export function removeKeepingFocus(pressed: Pressed, remove: () => void): void {
  const at = pressed ? listOf(pressed) : null;
  const heading = pressed?.closest('section')?.querySelector<HTMLElement>('h2') ?? null;
  flushSync(remove);
  if (!at) return;
  const next = at.list.isConnected ? itemsOf(at.list)[at.index] : undefined;
  const target = (next ? firstControl(next) : null) ?? addTarget(at.id) ?? heading;
  target?.focus();
}

/**
 * Moves the item whose button was pressed by `by` places, then focuses the same button of the moved
 * item where it now is (or its other move button, when it reached an end of the list).
 */
export function moveKeepingFocus(pressed: Pressed, by: number, move: () => void): void {
  const at = pressed ? listOf(pressed) : null;
  const kind = pressed?.closest('[data-focus-move]')?.getAttribute('data-focus-move');
  flushSync(move);
  if (!at) return;
  const moved = itemsOf(at.list)[at.index + by];
  if (!moved) return;
  const same = kind ? moved.querySelector<HTMLElement>(`[data-focus-move="${CSS.escape(kind)}"]`) : null;
  const target = same ?? moved.querySelector<HTMLElement>('[data-focus-move]') ?? firstControl(moved);
  target?.focus();
}
