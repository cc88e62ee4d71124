// Node only: byte ranges of a file on disk as streams (the parts' bodies), each counting what it
// reads and failing when the file turns out shorter than when its upload started.
import type { ReadStream } from "node:fs";
import type { Readable, Transform, TransformCallback, pipeline } from "node:stream";
import { InputReadError } from "../errors.js";
import type { FileOrigin } from "./file-from-path.js";
import { nodeModule } from "./node-modules.js";

type Fs = {
  createReadStream(path: string, options: { start: number; end: number }): ReadStream;
  promises: { stat(path: string): Promise<{ size: number; mtimeMs: number }> };
};
type Stream = { Transform: typeof Transform; pipeline: typeof pipeline };

export interface FileRanges {
  /** Bytes [start, end) of the file; `onRead` gets the running count as they are read. */
  range(start: number, end: number, onRead: (bytes: number) => void): Readable;
  /** True when the file still has the size and modification time it had in `origin`. */
  unchanged(): Promise<boolean>;
}

export async function fileRanges(origin: FileOrigin): Promise<FileRanges> {
  const fs = await nodeModule<Fs>("node:fs");
  const { Transform, pipeline } = await nodeModule<Stream>("node:stream");
  return {
    range(start, end, onRead) {
      let read = 0;
      // counts as the request pulls (no data flows before it does, nothing is buffered ahead)
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done: TransformCallback) {
          onRead((read += chunk.length));
          done(null, chunk);
        },
        flush(done: TransformCallback) {
          done(
            read < end - start
              ? new InputReadError(`${origin.path} is shorter than when its upload started.`)
              : null,
          );
        },
      });
      pipeline(fs.createReadStream(origin.path, { start, end: end - 1 }), counter, () => {});
      return counter;
    },
    async unchanged() {
      try {
        const info = await fs.promises.stat(origin.path);
        return info.size === origin.size && info.mtimeMs === origin.mtimeMs;
      } catch {
        return false;
      }
    },
  };
}
