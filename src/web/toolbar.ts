import { graphql, type ExportFormatInfo } from './api.js';
import { append, byId, clear, el } from './dom.js';
import type { Messages } from './messages.js';
import { RELAYOUT } from './queries.js';
import { getToken } from './token.js';

// Downloads of every export format (the server's list, so a new format shows up here by
// itself), GraphiQL, and a fresh layout.

export function renderDownloads(container: HTMLElement, formats: ExportFormatInfo[]): void {
  clear(container);
  append(container, ...formats.map((f) =>
    el('a', { class: 'download', href: `/export/graph.${f.extension}`, download: `graph.${f.extension}`, title: f.description, 'data-format': f.name }, `.${f.extension}`)));
}

export function attachRelayout(messages: Messages, tokenRequired: boolean): void {
  const button = byId<HTMLButtonElement>('relayout');
  button.addEventListener('click', () => {
    if (tokenRequired && !getToken()) {
      messages.show('warning', 'A new layout needs the server’s token: enter it under “Add article” first.');
      return;
    }
    button.disabled = true;
    messages.show('info', 'Laying the graph out again…');
    // The LAYOUT change that follows brings the new positions through the subscription.
    graphql<{ relayout: { nodes: number; ms: number } }>(RELAYOUT, {}, getToken())
      .then(({ relayout }) => messages.show('info', `Laid out ${relayout.nodes} entities in ${Math.round(relayout.ms)} ms.`))
      .catch((err: unknown) => messages.error(err))
      .finally(() => (button.disabled = false));
  });
}
