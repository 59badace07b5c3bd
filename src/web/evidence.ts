import { el, safeUrl, typeLabel } from './dom.js';
import type { EvidenceInfo, Span } from './queries.js';

/**
 * The sentence cut around its trigger: [before, trigger, after]. The trigger's offsets are
 * into the document, the sentence starts at `start`; if they do not land on the trigger's
 * text (a sentence cleaned differently), the first occurrence of that text is used, and
 * failing that nothing is marked.
 */
export function triggerParts(text: string, start: number, trigger: Span | null): [string, string, string] {
  if (!trigger || !trigger.text) return [text, '', ''];
  let from = trigger.start - start;
  let to = trigger.end - start;
  if (!(from >= 0 && to <= text.length && from < to && text.slice(from, to) === trigger.text)) {
    from = text.indexOf(trigger.text);
    if (from < 0) return [text, '', ''];
    to = from + trigger.text.length;
  }
  return [text.slice(0, from), text.slice(from, to), text.slice(to)];
}

/** One evidence sentence: the trigger marked, how it is stated, and its source article. */
export function evidenceItem(e: EvidenceInfo): HTMLLIElement {
  const [before, trigger, after] = triggerParts(e.text, e.start, e.trigger);
  const href = safeUrl(e.document?.url);
  const title = e.document?.title || e.document?.id || 'source document';
  const stated = e.status === 'ASSERTED' ? '' : `${typeLabel(e.status)}${e.claimant ? ` by ${e.claimant}` : ''} · `;
  return el('li', { class: 'evidence', 'data-status': e.status },
    el('blockquote', {}, before, trigger ? el('mark', {}, trigger) : null, after),
    el('p', { class: 'source' },
      `${stated}confidence ${e.confidence.toFixed(2)} · `,
      href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : el('span', {}, title),
      e.document?.publishedAt ? ` (${e.document.publishedAt.slice(0, 10)})` : null),
  );
}
