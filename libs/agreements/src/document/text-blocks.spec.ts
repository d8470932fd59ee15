import { textBlocks } from './text-blocks.js';

describe('clause text as blocks', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside one', () => {
    expect(textBlocks('Första stycket.\n\nAndra\nrad två.')).toEqual([
      { isList: false, ordered: false, start: null, lines: ['Första stycket.'], items: [] },
      { isList: false, ordered: false, start: null, lines: ['Andra', 'rad två.'], items: [] },
    ]);
  });

  it('turns "- " lines into a list, also right after a lead-in line', () => {
    expect(textBlocks('Samråden kan ha olika syften;\n- Klarlägga behov.\n- Konsultation.')).toEqual([
      { isList: false, ordered: false, start: null, lines: ['Samråden kan ha olika syften;'], items: [] },
      { isList: true, ordered: false, start: null, lines: [], items: ['Klarlägga behov.', 'Konsultation.'] },
    ]);
  });

  it('keeps numbered goals as an ordered list when they count up', () => {
    expect(textBlocks('1. Att stödja.\n2. Att skydda.')).toEqual([
      { isList: true, ordered: true, start: 1, lines: [], items: ['Att stödja.', 'Att skydda.'] },
    ]);
    expect(textBlocks('2016. Ett år.\n2018. Ett annat.')[0]?.isList).toBe(false);
  });
});
