/**
 * Reads standard input into bytes, stopping after `limit + 1` bytes: `truncated` then says
 * the input is over the limit (and the rest is never held in memory).
 */
export async function readStdin(limit = Number.MAX_SAFE_INTEGER): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    size += buffer.length;
    if (size > limit) {
      process.stdin.destroy();
      return { bytes: new Uint8Array(Buffer.concat(chunks).subarray(0, limit + 1)), truncated: true };
    }
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)), truncated: false };
}
