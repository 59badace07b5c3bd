import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'head', 'nav', 'button', 'select']);
/** Elements that end a line: a paragraph, a heading, a list item is its own sentence run. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

export interface HtmlText {
  text: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  source?: string;
}

/**
 * Visible text of an HTML page: tags, scripts and styles removed, entities
 * decoded, one line per block element. Title and a few metadata fields come
 * from <title>, the canonical link and Open Graph / article meta tags.
 */
export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  const meta: Omit<HtmlText, 'text' | 'title'> = {};
  const endLine = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        else if (name === 'meta') readMeta(attrs, meta);
        else if (name === 'link' && attrs.rel?.toLowerCase() === 'canonical' && attrs.href) meta.url ??= attrs.href;
        if (SKIP.has(name)) skipDepth++;
        if (BLOCK.has(name)) endLine();
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) line += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (BLOCK.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  const out: HtmlText = { text: lines.map((l) => l.replace(/ {2,}/g, ' ')).join('\n'), ...meta };
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  if (cleanTitle) out.title = cleanTitle;
  return out;
}

function readMeta(attrs: Record<string, string>, meta: Omit<HtmlText, 'text' | 'title'>): void {
  const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
  const content = attrs.content?.trim();
  if (!content) return;
  if (key === 'og:url') meta.url ??= content;
  else if (key === 'article:published_time' || key === 'date' || key === 'pubdate') meta.publishedAt ??= content;
  else if (key === 'og:site_name') meta.source ??= content;
}
