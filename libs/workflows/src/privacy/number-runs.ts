/**
 * Numbers as people write them: digit groups joined by separators (`070-693 54 63`,
 * `19.12.12.12-1212`, `(08) 123 456 78`). A run is a stretch of digits and separators; its
 * pieces are the parts between spaces (`070-693`, `54`, `63`). Shapes are judged on windows of
 * whole pieces, so `2025-03-01 – 2025-03-31` is judged as two dates, never as `03 01 2025 03`.
 * The text is already normalised (ASCII digits, `-` for every dash, ` ` for every space).
 */

/** One digit group and the separators written before it (for a run's first group: its lead). */
export interface DigitGroup {
  digits: string;
  joint: string;
}

/** Consecutive groups whose joints hold no space. */
export type NumberPiece = DigitGroup[];

/** A window: consecutive pieces of one run, as one list of groups, with their digits. */
export interface NumberWindow {
  groups: DigitGroup[];
  digits: string;
}

/** Characters that may stand between the digit groups of one number. */
const separators = new Set([' ', '.', '-', '/', '(', ')', '[', ']', '+']);

/**
 * At most this many separators between two groups of one number (`) - `); more, and the
 * digits on either side are two numbers. Kept small so a list of numbers is not one number.
 */
export const MAX_JOINT_LENGTH = 3;

/**
 * A window grows until it holds more digits than any personal number: 15 for a phone number
 * (E.164) plus an international `00` prefix. Keeps the scan linear in the text's length.
 */
export const MAX_WINDOW_DIGITS = 17;

/** The runs of a normalised text, each as its pieces. Linear in the text's length. */
export function numberRuns(text: string): NumberPiece[][] {
  const runs: NumberPiece[][] = [];
  let groups: DigitGroup[] = [];
  let digits = '';
  let joint = '';
  let sep = '';
  let sepLength = 0;
  const closeGroup = () => {
    if (digits === '') return;
    groups.push({ digits, joint });
    digits = '';
    sep = '';
    sepLength = 0;
  };
  const closeRun = () => {
    closeGroup();
    if (groups.length > 0) runs.push(piecesOf(groups));
    groups = [];
  };
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      if (digits === '') {
        if (groups.length > 0 && sepLength > MAX_JOINT_LENGTH) closeRun();
        joint = sep;
      }
      digits += char;
    } else if (separators.has(char)) {
      closeGroup();
      // Only the last few separators matter: as a joint, or as the lead (`+`) of a new run.
      sep = (sep + char).slice(-MAX_JOINT_LENGTH);
      sepLength++;
    } else {
      closeRun();
      sep = '';
      sepLength = 0;
    }
  }
  closeRun();
  return runs;
}

function piecesOf(groups: DigitGroup[]): NumberPiece[] {
  const pieces: NumberPiece[] = [];
  groups.forEach((group, i) => {
    const last = pieces.at(-1);
    if (i === 0 || group.joint.includes(' ') || last === undefined) pieces.push([group]);
    else last.push(group);
  });
  return pieces;
}

/** No personal number has fewer digits (a phone number has 7 or more): shorter windows are skipped. */
export const MIN_WINDOW_DIGITS = 7;

/** Every window of whole pieces of a run holding 7 to `MAX_WINDOW_DIGITS` digits. */
export function* windowsOf(run: NumberPiece[]): Generator<NumberWindow> {
  for (let start = 0; start < run.length; start++) {
    const groups: DigitGroup[] = [];
    let digits = '';
    for (let end = start; end < run.length; end++) {
      const piece = run[end] ?? [];
      for (const group of piece) {
        digits += group.digits;
        if (digits.length > MAX_WINDOW_DIGITS) break;
        groups.push(group);
      }
      if (digits.length > MAX_WINDOW_DIGITS) break;
      if (digits.length >= MIN_WINDOW_DIGITS) yield { groups: [...groups], digits };
    }
  }
}
