import { graphql } from './api.js';
import { append, clear, el, typeLabel } from './dom.js';
import { SEARCH, type Hit } from './queries.js';

// A search box whose suggestions come from the API's fuzzy `search` (case, accents and a
// typo forgiven). Arrow keys move through the suggestions, Enter picks, Escape closes.

const DEBOUNCE_MS = 120;

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, onPick: (id: string) => void, onError: (err: unknown) => void): void {
  let hits: Hit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    hits = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit.id);
  };
  const show = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const option = el('li', { role: 'option', id: `hit-${i}`, 'aria-selected': i === active ? 'true' : 'false', 'data-id': hit.id },
        el('span', { class: 'hit-name' }, hit.name), el('span', { class: 'hit-type' }, typeLabel(hit.type)));
      // mousedown, not click: it comes before the input's blur closes the list.
      option.addEventListener('mousedown', (event) => (event.preventDefault(), pick(hit)));
      append(list, option);
    });
    if (hits.length === 0) append(list, el('li', { class: 'no-hit' }, 'No entity by that name'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const ask = async (text: string) => {
    const ticket = ++asked;
    try {
      const data = await graphql<{ search: Hit[] }>(SEARCH, { q: text });
      // A slower answer to an older query must not replace a newer one.
      if (ticket !== asked) return;
      hits = data.search;
      active = hits.length > 0 ? 0 : -1;
      show();
    } catch (err) {
      if (ticket === asked) onError(err);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(() => void ask(text.slice(0, 200)), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return close();
    if (event.key === 'Enter') return (event.preventDefault(), pick(hits[active]));
    if (hits.length === 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
    show();
  });
  input.addEventListener('blur', close);
}
