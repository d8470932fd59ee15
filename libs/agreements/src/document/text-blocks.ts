/**
 * A clause's wording as blocks the template can print without markup in the data: paragraphs
 * (their line breaks kept) and lists. The clause schema's convention: paragraphs are separated by
 * a blank line, list items start with "- "; numbered items ("1. Att …") become an ordered list
 * when they count up from their first number.
 */
export interface TextBlock {
  isList: boolean;
  ordered: boolean;
  /** The first number of an ordered list; null otherwise. */
  start: number | null;
  /** A paragraph's lines; empty for a list. */
  lines: string[];
  /** A list's items; empty for a paragraph. */
  items: string[];
}

type LineKind = 'bullet' | 'numbered' | 'plain';

const bullet = /^[-–•]\s+/;
const numbered = /^(\d+)[.)]\s+/;

function kindOf(line: string): LineKind {
  if (bullet.test(line)) return 'bullet';
  if (numbered.test(line)) return 'numbered';
  return 'plain';
}

function paragraph(lines: string[]): TextBlock {
  return { isList: false, ordered: false, start: null, lines, items: [] };
}

function run(kind: LineKind, lines: string[]): TextBlock {
  switch (kind) {
    case 'plain':
      return paragraph(lines);
    case 'bullet':
      return { isList: true, ordered: false, start: null, lines: [], items: lines.map((l) => l.replace(bullet, '')) };
    case 'numbered': {
      const numbers = lines.map((l) => Number(numbered.exec(l)?.[1]));
      const first = numbers[0] ?? 1;
      const counts = numbers.every((n, i) => n === first + i);
      if (!counts) return paragraph(lines);
      return { isList: true, ordered: true, start: first, lines: [], items: lines.map((l) => l.replace(numbered, '')) };
    }
  }
}

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    let kind: LineKind | undefined;
    let current: string[] = [];
    for (const line of lines) {
      const lineKind = kindOf(line);
      if (kind !== undefined && lineKind !== kind) {
        blocks.push(run(kind, current));
        current = [];
      }
      kind = lineKind;
      current.push(line);
    }
    if (kind !== undefined) blocks.push(run(kind, current));
  }
  return blocks;
}
