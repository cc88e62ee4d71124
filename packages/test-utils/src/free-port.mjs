import { createServer } from "node:net";

/** A free TCP port on 127.0.0.1 (the OS picks it; we release it for the caller to use). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
