/** Whether a document is analysed, and if not, why. */
export type GateResult =
  | { kind: 'ok' }
  | { kind: 'too-large'; sizeKB: number; limitKB: number }
  | { kind: 'binary' };

/**
 * Decides whether a text is analysed: texts with NUL characters are treated as binary, texts
 * above the size cap wait for an explicit "Analyse Anyway" (`override`).
 */
export function gateText(text: string, limitKB: number, override: boolean): GateResult {
  if (text.indexOf('\u0000') !== -1) return { kind: 'binary' };
  const sizeKB = Math.ceil(text.length / 1024);
  if (!override && text.length > limitKB * 1024) return { kind: 'too-large', sizeKB, limitKB };
  return { kind: 'ok' };
}

/** A user-facing sentence for a gate result other than "ok". */
export function gateMessage(result: GateResult): string {
  switch (result.kind) {
    case 'binary':
      return 'This file contains NUL characters and looks binary; Article Lens does not analyse it.';
    case 'too-large':
      return `Not analysed: ${result.sizeKB} KB is above the ${result.limitKB} KB limit (articleLens.maxFileSizeKB). Run "Analyse Anyway" to analyse it.`;
    default:
      return '';
  }
}
