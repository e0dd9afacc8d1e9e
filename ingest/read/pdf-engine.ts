/**
 * pdf.js, set up in one place for Node and the browser. It is loaded on first use (it is large,
 * and only PDFs need it) and told where its worker, its CJK CMaps and its standard fonts are:
 * a browser app passes URLs it serves; under Node they are found in the installed package.
 */
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Where pdf.js finds its files. Folder URLs end with a slash. */
export interface PdfAssets {
  /** URL of pdf.worker.mjs (browser); under Node pdf.js runs in the same thread. */
  readonly workerSrc?: string;
  /** Folder of the packed Adobe CMaps, needed for CJK fonts that are not embedded (UniGB-UCS2-H …). */
  readonly cMapUrl?: string;
  /** Folder of the standard 14 fonts' data. */
  readonly standardFontDataUrl?: string;
}

/** pdf.js and the getDocument parameters that point it at its files. */
export async function loadPdfJs(assets: PdfAssets = {}): Promise<{ pdfjs: PdfJs; params: DocumentInitParameters }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const found = { ...installedAssets(), ...assets };
  if (found.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = found.workerSrc;
  const params: DocumentInitParameters = {
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // Text extraction runs no font programs; evaluating them would only widen the attack surface.
    isEvalSupported: false,
    ...(found.cMapUrl ? { cMapUrl: found.cMapUrl, cMapPacked: true } : {}),
    ...(found.standardFontDataUrl ? { standardFontDataUrl: found.standardFontDataUrl } : {}),
  };
  return { pdfjs, params };
}

interface NodeBuiltins {
  getBuiltinModule?: (id: string) => unknown;
}
interface NodeModuleApi {
  createRequire(from: string): { resolve(id: string): string };
}
interface NodePathApi {
  dirname(path: string): string;
  join(...parts: string[]): string;
  sep: string;
}

/**
 * Under Node, pdf.js reads CMaps and fonts with fs from a folder path, and those folders ship
 * in the pdfjs-dist package. Node's modules are reached through process.getBuiltinModule so
 * that this file imports nothing a browser bundle cannot load; in a browser it finds nothing.
 */
function installedAssets(): PdfAssets {
  const node = (globalThis as { process?: NodeBuiltins }).process;
  if (typeof node?.getBuiltinModule !== 'function') return {};
  const { createRequire } = node.getBuiltinModule('node:module') as NodeModuleApi;
  const path = node.getBuiltinModule('node:path') as NodePathApi;
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
  };
}
