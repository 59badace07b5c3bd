import { ApiError, graphql } from './api.js';
import { byId } from './dom.js';
import type { Messages } from './messages.js';
import { INGEST, type IngestInfo } from './queries.js';
import { getToken, setToken } from './token.js';

// The "Add article" form: pasted text goes to the ingestDocument mutation. What it adds
// reaches the picture through the graphChanged subscription, like any other client's ingest.

export interface IngestOptions {
  tokenRequired: boolean;
  messages: Messages;
  /** Called after an accepted ingest, in case live updates are not connected. */
  onIngested(result: IngestInfo): void;
}

export function attachIngest(options: IngestOptions): void {
  const form = byId<HTMLFormElement>('ingest-form');
  const title = byId<HTMLInputElement>('ingest-title');
  const url = byId<HTMLInputElement>('ingest-url');
  const text = byId<HTMLTextAreaElement>('ingest-text');
  const token = byId<HTMLInputElement>('ingest-token');
  const status = byId('ingest-status');
  const submit = byId<HTMLButtonElement>('ingest-submit');
  byId('ingest-token-row').hidden = !options.tokenRequired;
  token.value = getToken();

  const say = (kind: 'error' | 'info' | 'busy', message: string) => {
    status.textContent = message;
    status.dataset.kind = kind;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!text.value.trim()) return say('error', 'Paste the article’s text first.');
    setToken(token.value.trim());
    token.removeAttribute('aria-invalid');
    const input = { text: text.value, ...(title.value.trim() && { title: title.value.trim() }), ...(url.value.trim() && { url: url.value.trim() }) };
    submit.disabled = true;
    say('busy', 'Reading the article…');
    graphql<{ ingestDocument: IngestInfo }>(INGEST, { input }, token.value.trim())
      .then(({ ingestDocument: result }) => {
        const message = describe(result, input.title ?? 'the article');
        say('info', message);
        options.messages.show('info', message);
        if (!result.duplicate) form.reset();
        token.value = getToken();
        options.onIngested(result);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.kind === 'unauthenticated') {
          token.setAttribute('aria-invalid', 'true');
          byId('ingest-token-row').hidden = false;
        }
        say('error', err instanceof ApiError ? err.message : String(err));
        options.messages.error(err);
      })
      .finally(() => (submit.disabled = false));
  });
}

function describe(r: IngestInfo, title: string): string {
  if (r.duplicate) return `“${title}” is already in the graph; nothing changed.`;
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const found = `Added ${n(r.addedEntities.length, 'entity', 'entities')} and ${n(r.addedRelations.length, 'relation', 'relations')} from “${title}”`;
  const updated = r.updatedRelations.length ? `; ${n(r.updatedRelations.length, 'relation', 'relations')} gained evidence` : '';
  const warned = r.warnings.length ? ` (${r.warnings.join('; ')})` : '';
  return `${found}${updated}.${warned}`;
}
