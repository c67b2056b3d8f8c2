import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** One piece of a printable document, laid out top to bottom. */
export type PdfBlock =
  { kind: 'title' | 'heading' | 'meta' | 'text'; text: string } | { kind: 'gap'; size: number };

/** What a printable document holds: a running header, its blocks and when it was made. */
export interface PdfInput {
  title: string;
  /** Printed at the foot of every page, beside the page number. */
  footer: string;
  blocks: PdfBlock[];
  createdAt: number;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const FOOT = 36;
const WIDTH = A4[0] - 2 * MARGIN;

const styles = {
  title: { size: 17, bold: true, grey: false, keep: 2 },
  heading: { size: 11.5, bold: true, grey: false, keep: 3 },
  meta: { size: 9, bold: false, grey: true, keep: 2 },
  text: { size: 10.5, bold: false, grey: false, keep: 1 },
} as const;

/**
 * Characters the standard PDF fonts cannot show (they only know WinAnsi) mapped to a readable
 * stand-in, so a report with an arrow or a narrow space still prints instead of failing.
 */
const standIns: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u2713': 'v',
  '\t': '    ',
};

/** The text with every character the font cannot encode replaced by a stand-in. */
export function winAnsiSafe(text: string, charset: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (charset.has(char.codePointAt(0)!)) out += char;
    else if (standIns[char] !== undefined) out += standIns[char];
    else {
      // A letter with an accent the font lacks (ő, ş) still reads well without the accent.
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...bare].every((c) => charset.has(c.codePointAt(0)!)) && bare ? bare : '?';
    }
  }
  return out;
}

/** Splits text into lines no wider than `width`, keeping words whole where they fit. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      // A word longer than a whole line (a link, a long number) is cut where it must be.
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

interface Cursor {
  doc: PDFDocument;
  page: PDFPage;
  y: number;
  regular: PDFFont;
  bold: PDFFont;
  charset: ReadonlySet<number>;
}

function newPage(c: Cursor): void {
  c.page = c.doc.addPage(A4);
  c.y = A4[1] - MARGIN;
}

function drawBlock(c: Cursor, block: PdfBlock): void {
  if (block.kind === 'gap') {
    c.y -= block.size;
    return;
  }
  const style = styles[block.kind];
  const font = style.bold ? c.bold : c.regular;
  const lineHeight = style.size * 1.4;
  const lines = wrap(winAnsiSafe(block.text, c.charset), font, style.size, WIDTH);
  // Headings keep a few lines below them on the same page, so no title ends a page alone.
  const keep = (Math.min(lines.length, 2) + style.keep - 1) * lineHeight;
  if (c.y - keep < MARGIN + FOOT) newPage(c);
  for (const line of lines) {
    if (c.y - lineHeight < MARGIN + FOOT) newPage(c);
    c.y -= lineHeight;
    c.page.drawText(line, {
      x: MARGIN,
      y: c.y,
      size: style.size,
      font,
      color: style.grey ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0),
    });
  }
}

function drawFooters(doc: PDFDocument, font: PDFFont, footer: string, charset: Set<number>) {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const text = winAnsiSafe(`${footer}  \u2013  pagina ${i + 1} van ${pages.length}`, charset);
    page.drawText(text, { x: MARGIN, y: FOOT, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
  });
}

/** Renders a printable A4 document with the standard Helvetica fonts, on as many pages as needed. */
export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  // No automatic metadata: the document must not depend on the machine's clock.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const charset = new Set(regular.getCharacterSet());
  doc.setTitle(input.title);
  doc.setCreator('Cliëntportaal (mock backend)');
  doc.setCreationDate(new Date(input.createdAt));
  doc.setModificationDate(new Date(input.createdAt));
  const cursor: Cursor = { doc, page: doc.addPage(A4), y: A4[1] - MARGIN, regular, bold, charset };
  for (const block of input.blocks) drawBlock(cursor, block);
  drawFooters(doc, regular, input.footer, charset);
  return doc.save();
}

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A moment as the Dutch reader expects it, in Amsterdam time: "maandag 23 november 2026 om 09:15". */
export const formatDateTime = (ms: number) => dateTime.format(ms);
/** A day in Amsterdam time: "23 november 2026". */
export const formatDate = (ms: number) => date.format(ms);

/** The reply for a PDF download, with a file name the browser can save it under. */
export function pdfReply(bytes: Uint8Array, fileName: string) {
  return {
    status: 200,
    bytes,
    contentType: 'application/pdf',
    headers: { 'Content-Disposition': `attachment; filename="${fileName}"` },
  };
}
