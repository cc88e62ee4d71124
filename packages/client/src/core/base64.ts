// Bytes ↔ base64 in Node (Buffer, fast) and in browsers (btoa/atob over chunks).

interface BufferLike {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { toString(encoding: "base64"): string };
  from(text: string, encoding: "base64"): Uint8Array;
}

const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  // a view on the same memory: Buffer.from(bytes) would copy every byte first
  if (NodeBuffer) {
    return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  }
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Decodes valid base64 (callers check the alphabet first). */
export function base64ToBytes(text: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(text, "base64");
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function stringToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
