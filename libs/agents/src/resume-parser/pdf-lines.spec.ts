import { linesFromTextItems, type PdfTextItem } from './pdf-lines';

const item = (str: string, x: number, y: number, font = 'f1', size = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
  font,
});

describe('linesFromTextItems', () => {
  it('inserts spaces at positional gaps and breaks lines on baseline changes', () => {
    const items = [item('Bruce', 10, 700), item('Wayne', 40, 700), item('MERN', 10, 680), item('Stack', 35, 680)];
    expect(linesFromTextItems(items)).toBe('Bruce Wayne\nMERN Stack');
  });

  it('does not split a word whose pieces touch', () => {
    expect(linesFromTextItems([item('Kuber', 10, 700), item('netes', 35, 700)])).toBe('Kubernetes');
  });

  it('starts a new line when the pen jumps back left on the same baseline', () => {
    expect(linesFromTextItems([item('2017 –', 80, 500), item('Product Manager', 10, 500)])).toBe(
      '2017 –\nProduct Manager',
    );
  });

  it('drops icon-font glyphs but keeps bullets', () => {
    const items = [
      item('#', 10, 700, 'icons'),
      item('me@x.io', 25, 700),
      item('•', 10, 680, 'bullets'),
      item('Go', 20, 680),
    ];
    expect(linesFromTextItems(items)).toBe('me@x.io\n• Go');
  });
});
