import { ENTITY_TYPES } from '../core/types.js';
import type { JournalEntry } from './types.js';

// Checks the shape of a journal line read back from disk: enough to tell a
// line we wrote from a torn one or a foreign file, without re-validating
// every field of an extraction.

const OPS = new Set(['ingest', 'remove', 'merge', 'rename', 'setType']);

/** The entry, or a reason why the text is not one. */
export function parseEntry(text: string): JournalEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (!isObject(value) || typeof value.op !== 'string' || !OPS.has(value.op)) return 'not a journal entry (no known "op")';
  if (typeof value.at !== 'string') return `${value.op} entry has no "at" time`;
  switch (value.op) {
    case 'ingest': {
      const doc = value.document;
      const ex = value.extraction;
      const ok =
        isObject(doc) && typeof doc.id === 'string' && typeof doc.text === 'string' &&
        isObject(ex) && Array.isArray(ex.entities) && Array.isArray(ex.mentions) && Array.isArray(ex.relations);
      return ok ? (value as JournalEntry) : 'ingest entry lacks its document or extraction';
    }
    case 'remove':
      return typeof value.id === 'string' ? (value as JournalEntry) : 'remove entry has no id';
    case 'merge':
      return Array.isArray(value.ids) && typeof value.into === 'string' ? (value as JournalEntry) : 'merge entry lacks ids or into';
    case 'rename':
      return typeof value.id === 'string' && typeof value.name === 'string' ? (value as JournalEntry) : 'rename entry lacks id or name';
    default:
      return typeof value.id === 'string' && (ENTITY_TYPES as readonly unknown[]).includes(value.type)
        ? (value as JournalEntry)
        : 'setType entry lacks id or a known type';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
