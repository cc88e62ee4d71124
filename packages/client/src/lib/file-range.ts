// Node only: byte ranges of a file on disk as streams (the parts' bodies), each counting what it
// reads and failing when the file turns out shorter than when its upload started.
import type { ReadStream } from "node:fs";
import { InputReadError } from "../errors.js";
import type { FileOrigin } from "./file-from-path.js";
import { nodeModule } from "./node-modules.js";

type Fs = {
  createReadStream(path: string, options: { start: number; end: number }): ReadStream;
  promises: { stat(path: string): Promise<{ size: number; mtimeMs: number }> };
};

export interface FileRanges {
  /**
   * Bytes [start, end) of the file; `onRead` gets the running count as they are read. To be piped
   * in the same tick (its counting listener starts the flow).
   */
  range(start: number, end: number, onRead: (bytes: number) => void): ReadStream;
  /** True when the file still has the size and modification time it had in `origin`. */
  unchanged(): Promise<boolean>;
}

export async function fileRanges(origin: FileOrigin): Promise<FileRanges> {
  const fs = await nodeModule<Fs>("node:fs");
  return {
    range(start, end, onRead) {
      const stream = fs.createReadStream(origin.path, { start, end: end - 1 });
      let read = 0;
      // a listener on the stream itself: no Transform between it and the request (a stream per
      // part and an AbortController per pipeline() cost the 1 GiB upload measurable CPU)
      stream.on("data", (chunk: Buffer | string) => onRead((read += chunk.length)));
      stream.on("end", () => {
        if (read < end - start) {
          stream.destroy(
            new InputReadError(`${origin.path} is shorter than when its upload started.`),
          );
        }
      });
      return stream;
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
