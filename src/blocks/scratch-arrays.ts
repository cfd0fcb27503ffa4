/**
 * Zeroed typed arrays for the per-page indexes (element parents, depths, block ranges,
 * body scores), cut from one buffer that successive parses reuse.
 *
 * Why not `new Int32Array(n)`: every typed array of its own allocates a buffer outside the
 * JavaScript heap, and the first such allocation after another library's garbage
 * collections blocks for 0.1–0.2 ms (measured in this process right after Readability +
 * linkedom: about 8 futex waits). A page needs about twenty of these arrays; views into
 * one reused buffer need no new buffer at all once the first page has sized it.
 *
 * {@link withScratchArrays} lends the buffer to one parse at a time; a parse nested in it
 * cuts its arrays after the outer one's, and only the outer one gives the buffer back.
 * Outside a parse (a stage called on its own) the allocators return fresh arrays.
 * @internal
 */

/** Bytes the shared buffer keeps between parses; a larger one (a huge page) is dropped after its parse. */
const KEEP_BYTES = 1 << 22;
const FIRST_BYTES = 1 << 16;

let buffer: ArrayBuffer | null = null;
/** Bytes of {@link buffer} handed out in the current parse; -1 when no parse holds it. */
let used = -1;

/** Runs `parse` with the shared buffer lent to it (a nested call shares the outer call's loan). */
export function withScratchArrays<T>(parse: () => T): T {
  if (used >= 0) return parse();
  used = 0;
  try {
    return parse();
  } finally {
    used = -1;
    if (buffer !== null && buffer.byteLength > KEEP_BYTES) buffer = null;
  }
}

/** `bytes` (a multiple of 8) of zeroed space: the offset into {@link buffer}, or -1 when none is lent. */
function take(bytes: number): number {
  if (used < 0) return -1;
  if (buffer === null || used + bytes > buffer.byteLength) {
    // The views handed out so far keep the old buffer alive until this parse ends.
    let size = Math.max(FIRST_BYTES, buffer === null ? 0 : buffer.byteLength * 2);
    while (size < bytes) size *= 2;
    buffer = new ArrayBuffer(size);
    used = 0;
  }
  const offset = used;
  used += bytes;
  return offset;
}

/** The typed-array constructors the indexes use. @internal */
export type ScratchArrayType = typeof Int8Array | typeof Uint8Array | typeof Int32Array | typeof Float64Array;

/**
 * A zeroed typed array of type `Type` and length `n`: a view into the lent buffer during
 * a parse, a fresh array outside one.
 * @internal
 */
export function zeroed<T extends ScratchArrayType>(Type: T, n: number): InstanceType<T> {
  const size = Type.BYTES_PER_ELEMENT;
  // Rounded up to 8 bytes, so that every view stays aligned.
  const at = take((n * size + 7) & ~7);
  return (at < 0 ? new Type(n) : new Type(buffer!, at, n).fill(0)) as InstanceType<T>;
}
