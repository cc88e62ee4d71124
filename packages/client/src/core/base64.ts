// Bytes → base64 in Node (Buffer, fast) and in browsers (btoa over chunks).

interface BufferLike {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { toString(encoding: "base64"): string };
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

export function stringToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
