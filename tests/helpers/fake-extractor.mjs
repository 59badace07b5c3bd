// A deterministic stand-in for extract(): every capitalised word is an
// ORGANISATION, and each one BACKS the next one in the same line. Persistence
// tests need a graph with content whatever the state of the real extractor.

export function fakeExtract(doc) {
  const entities = new Map();
  const mentions = [];
  const relations = [];
  let offset = 0;
  doc.text.split('\n').forEach((line, sentence) => {
    let previous;
    for (const m of line.matchAll(/\b[A-Z][a-z]+\b/g)) {
      const id = `organisation:${m[0].toLowerCase()}`;
      const entity = entities.get(id) ?? { id, name: m[0], type: 'ORGANISATION', aliases: [], mentions: 0 };
      entity.mentions++;
      entities.set(id, entity);
      const start = offset + m.index;
      mentions.push({ entity: id, start, end: start + m[0].length, text: m[0], kind: 'NAME', sentence });
      if (previous && previous !== id) {
        relations.push({
          type: 'BACKS', source: previous, target: id, status: 'ASSERTED', confidence: 0.5,
          evidence: [{ sentence, start: offset, end: offset + line.length, text: line }],
        });
      }
      previous = id;
    }
    offset += line.length + 1;
  });
  return {
    document: { id: doc.id, title: doc.title, chars: doc.text.length },
    entities: [...entities.values()],
    mentions,
    relations,
  };
}

/** Text of test document `i`: every document mentions Alpha once, so Alpha's mention count counts documents. */
export function docText(i) {
  const names = ['Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
  return `Alpha backs ${names[i % names.length]} in report number ${i}.\nnothing else ${'filler '.repeat(i % 13)}`;
}
