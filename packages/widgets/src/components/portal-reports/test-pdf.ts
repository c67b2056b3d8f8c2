// Reads a PDF back in the browser tests: pdf-lib opens it (so it is a valid document) and the
// text of each page is taken from its content streams (the standard fonts write WinAnsi hex).
import type { PDFPage, PDFRawStream } from 'pdf-lib';

/** pdf-lib, bundled for the browser by the test runner (it depends on CommonJS packages). */
const pdfLib = () => import('/__pdf-lib__.js' as string) as Promise<typeof import('pdf-lib')>;

/** WinAnsi's own characters in 0x80–0x9F (where Latin-1 has control codes). */
const winAnsi: Record<number, string> = { 0x85: '…', 0x91: '‘', 0x92: '’', 0x96: '–', 0x97: '—' };

function streamsOf(page: PDFPage, lib: typeof import('pdf-lib')): PDFRawStream[] {
  const contents = page.node.Contents();
  if (contents instanceof lib.PDFArray) {
    return contents.asArray().map((ref) => page.doc.context.lookup(ref) as PDFRawStream);
  }
  return contents ? [contents as unknown as PDFRawStream] : [];
}

function linesOf(content: string): string[] {
  return [...content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map(([, hex]) =>
    (hex!.match(/../g) ?? [])
      .map((h) => parseInt(h, 16))
      .map((c) => winAnsi[c] ?? String.fromCharCode(c))
      .join(''),
  );
}

/** The lines of text of every page of a PDF, page by page. */
export async function pdfPages(bytes: ArrayBuffer): Promise<string[][]> {
  const lib = await pdfLib();
  const doc = await lib.PDFDocument.load(bytes);
  return doc.getPages().map((page) =>
    streamsOf(page, lib).flatMap((stream) => {
      const data = lib.decodePDFRawStream(stream).decode();
      return linesOf(new TextDecoder('latin1').decode(data));
    }),
  );
}
