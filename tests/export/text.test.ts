import { describe, expect, it } from 'vitest';
import { quote } from '../../src/export/dot.js';
import { clean, hexWithAlpha, num, rgb, xmlAttr, xmlText } from '../../src/export/text.js';

describe('escaping helpers', () => {
  it.each([
    ['plain', 'plain'],
    ['tab\tand\nlines\r\n', 'tab\tand\nlines\r\n'],
    ['bell\u0007 and null\u0000 and form feed\u000C', 'bell and null and form feed'],
    ['lone \uD800 high and \uDC00 low', 'lone  high and  low'],
    ['emoji 🙂 and Han 𠀀 survive', 'emoji 🙂 and Han 𠀀 survive'],
    ['not a char \uFFFF', 'not a char '],
  ])('clean(%j) keeps only what XML 1.0 can carry', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  it.each([
    [`a & b < c > "d" 'e'`, `a &amp; b &lt; c &gt; &quot;d&quot; 'e'`, `a &amp; b &lt; c &gt; "d" 'e'`],
    ['line\nbreak\ttab', 'line&#10;break&#9;tab', 'line\nbreak\ttab'],
    ['قوات 测试', 'قوات 测试', 'قوات 测试'],
  ])('escapes %j for XML attributes and text', (input, attr, text) => {
    expect(xmlAttr(input)).toBe(attr);
    expect(xmlText(input)).toBe(text);
  });

  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines', '"two\\nlines"'],
  ])('quotes %j for DOT', (input, output) => {
    expect(quote(input)).toBe(output);
  });

  it('formats numbers and colours', () => {
    expect(num(1.23456)).toBe('1.235');
    expect(num(Number.NaN)).toBe('0');
    expect(rgb('#E69F00')).toEqual({ r: 230, g: 159, b: 0 });
    expect(hexWithAlpha('#E69F00', 0.6)).toBe('#E69F0099');
    expect(hexWithAlpha('#E69F00', 1)).toBe('#E69F00');
  });
});
