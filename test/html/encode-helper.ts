/** Encodes text into a single-byte charset by inverting TextDecoder's table (test helper). */
export function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${JSON.stringify(ch)} is not in ${label}`);
    out.push(b);
  }
  return new Uint8Array(out);
}
