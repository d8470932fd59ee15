import type { Locator, Page } from 'playwright-core';

// Moving through the designer with the keyboard alone, as a person without a mouse does: Tab and
// Shift+Tab between controls, arrow keys within a group. Every stop on the way must show where
// focus is (WCAG 2.4.7): the helpers fail at the first one that does not.

/**
 * What is wrong with the focus indicator of the element that has focus, or null when it is
 * visible: an outline at least 2px wide or a box shadow, on the element itself or, where the
 * element is visually hidden (react-aria's check boxes and radios hide their input inside a
 * label), on the ancestor react-aria marks as `data-focus-visible`.
 */
export function focusIndicatorProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing in the page has focus';
    const describe = (e: Element) =>
      `<${e.tagName.toLowerCase()}> “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 60)}”`;
    const seen = (e: Element) => {
      const box = e.getBoundingClientRect();
      return box.width > 2 && box.height > 2;
    };
    const shown = seen(element) ? element : element.closest('[data-focus-visible]');
    if (!shown) return `${describe(element)} is hidden and nothing around it shows focus`;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || style.boxShadow !== 'none' ? null : `${describe(shown)} has focus but shows no focus ring`;
  });
}

export async function expectVisibleFocus(page: Page): Promise<void> {
  expect(await focusIndicatorProblem(page)).toBeNull();
}

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

async function moveTo(page: Page, target: Locator, key: string, max: number): Promise<void> {
  if (await hasFocus(target)) return expectVisibleFocus(page);
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(key);
    // Past the last control Tab leaves the page for the browser's own controls (the body has
    // focus); the next Tab comes back to the first.
    if (await page.evaluate(() => document.activeElement === document.body)) continue;
    await expectVisibleFocus(page);
    if (await hasFocus(target)) return;
  }
  throw new Error(`${key} did not reach ${target.toString()} in ${max} steps`);
}

/** Tab (or Shift+Tab) until `target` has focus, checking the focus ring at every stop. */
export function tabTo(page: Page, target: Locator, options: { backward?: boolean; max?: number } = {}) {
  return moveTo(page, target, options.backward ? 'Shift+Tab' : 'Tab', options.max ?? 150);
}

/** Within a radio group or a list: the arrow key until `target` has focus. */
export function arrowTo(page: Page, target: Locator, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown') {
  return moveTo(page, target, key, 30);
}

/** Tab to a field and type into it (what was there is selected first and typed over). */
export async function typeInto(page: Page, field: Locator, text: string, options: { backward?: boolean } = {}) {
  await tabTo(page, field, options);
  await page.keyboard.press('ControlOrMeta+a');
  // Typing nothing over the selection would leave it: emptying a field is a Backspace.
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/** Tab to a button or link and press Enter. */
export async function activate(page: Page, control: Locator, options: { backward?: boolean } = {}) {
  await tabTo(page, control, options);
  await page.keyboard.press('Enter');
}

/** Tab to a check box or radio and press Space. */
export async function toggle(page: Page, control: Locator, options: { backward?: boolean } = {}) {
  await tabTo(page, control, options);
  await page.keyboard.press('Space');
}
