import { ApiError } from './api.js';
import { append, clear, el } from './dom.js';

// One line at the top of the page says what just happened or went wrong. Errors stay until
// dismissed or replaced; other messages fade after a while.

export type MessageKind = 'error' | 'warning' | 'info';

const FADE_MS = 6000;

export interface Messages {
  show(kind: MessageKind, text: string): void;
  /** An error of any kind, in words: ApiError messages are written for the reader already. */
  error(err: unknown): void;
  clear(): void;
}

export function createMessages(bar: HTMLElement): Messages {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const messages: Messages = {
    show(kind, text) {
      clearTimeout(timer);
      clear(bar);
      bar.dataset.kind = kind;
      bar.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      append(bar, el('span', { class: 'text' }, text), el('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', onclick: () => messages.clear() }, '×'));
      bar.hidden = false;
      if (kind === 'info') timer = setTimeout(() => messages.clear(), FADE_MS);
    },
    error(err) {
      const text = err instanceof ApiError ? err.message : `Something went wrong in the page: ${(err as Error)?.message ?? String(err)}`;
      messages.show('error', text);
    },
    clear() {
      clearTimeout(timer);
      clear(bar);
      bar.hidden = true;
      delete bar.dataset.kind;
    },
  };
  return messages;
}
