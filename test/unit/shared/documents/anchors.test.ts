import { describe, expect, it } from 'vitest';
import { findQuote, UnitStream } from '../../../../shared/documents/anchors';
import { foldText } from '../../../../shared/documents/text';

describe('finding a quote again', () => {
  const text = 'Vi följer upp målen varje månad. Resultat: vi följer upp målen varje vecka i arbetslaget.';

  it('ignores whitespace, case and line breaks, and lets the context choose between repeats', () => {
    const folded = foldText(text, true);
    const second = findQuote(folded, { quote: 'vi följer\nupp  målen', prefix: 'Resultat:' });
    expect(second).toEqual([text.indexOf('vi följer'), text.indexOf('vi följer') + 'vi följer upp målen'.length]);
    const first = findQuote(folded, { quote: 'Vi följer upp målen', suffix: 'varje månad' });
    expect(first).toEqual([0, 19]);
    expect(findQuote(folded, { quote: 'finns inte' })).toBeNull();
  });

  it('matches the leading part of a quote that runs onto the next page', () => {
    const page = foldText('Sista raden på sidan handlar om kompetensutveckling för', true);
    const range = findQuote(page, { quote: 'kompetensutveckling för alla medarbetare' }, { partial: true });
    expect(range).not.toBeNull();
    expect('Sista raden på sidan handlar om kompetensutveckling för'.slice(...range!)).toBe('kompetensutveckling för');
  });

  it('maps stream positions to units and cuts context within limits', () => {
    const stream = new UnitStream([
      { number: 1, text: 'Första sidan.' },
      { number: 2, text: 'Andra\nsidan  har text.' },
    ]);
    expect(stream.joined).toBe('Första sidan. Andra sidan har text.');
    expect(stream.unitAt(0)).toBe(1);
    expect(stream.unitAt(14)).toBe(2);
    const range = findQuote(stream.folded, { quote: 'sidan har' })!;
    expect(stream.unitAt(range[0])).toBe(2);
    expect(stream.anchorText(range)).toEqual({ quote: 'sidan har', prefix: 'Första sidan. Andra ', suffix: ' text.' });
  });
});
