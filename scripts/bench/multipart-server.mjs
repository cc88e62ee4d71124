// A loopback API + storage server for the multipart upload benchmark, in its own process (see
// spawn-server.mjs). It answers as the spec's examples do:
// - POST /v1/uploads → `{ upload }` with one signed URL per part, on this server's /storage/;
// - PUT /storage/{uploadId}/{fileName}?partNumber=…&X-Amz-Signature=… → 200 with an ETag; the
//   body is counted and thrown away;
// - POST /v1/uploads/{id}/action → `{ upload }` (validating); GET /v1/uploads/{id} → `{ upload }`
//   imported, with its `entityId` (so polling ends at the first answer).
// GET /stats → what it saw per upload (bytes per part, storage requests with credentials), so the
// benchmark can check that every byte arrived. Prints its URL on stdout, exits when stdin closes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import YAML from "yaml";

const spec = YAML.parse(readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"));
const example = (path, method, name) =>
  spec.paths[path][method].responses["200"].content["application/json"].examples[name].value.upload;
const created = example("/uploads", "post", "multipart");
const validating = example("/uploads/{uploadId}/action", "post", "validating");
const imported = example("/uploads/{uploadId}", "get", "imported");

let origin = "";
let count = 0;
let connections = 0;
const uploads = new Map();

function json(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

function readJson(req) {
  return new Promise((resolve) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => resolve(text ? JSON.parse(text) : {}));
  });
}

function summary(u) {
  const { id, fileName, fileSize, partsCount, contentType, kind } = u;
  return { id, fileName, fileSize, partsCount, contentType, kind };
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, origin);
  const path = url.pathname;
  if (req.method === "PUT" && path.startsWith("/storage/")) {
    const id = path.split("/")[2];
    const u = uploads.get(id);
    const part = Number(url.searchParams.get("partNumber"));
    if (req.headers.authorization) u.withCredentials++;
    let bytes = 0;
    req.on("data", (chunk) => (bytes += chunk.length));
    req.on("end", () => {
      u.partBytes[part - 1] = bytes;
      res.writeHead(200, { etag: `"${id}-${part}"`, "content-length": 0 });
      res.end();
    });
    return;
  }
  if (req.method === "POST" && path === "/v1/uploads") {
    const params = await readJson(req);
    const id = `upload_bench${(++count).toString(36)}`;
    const fileName = encodeURIComponent(params.fileName);
    const upload = {
      ...created,
      id,
      fileName: params.fileName,
      originalFileName: params.fileName,
      kind: params.kind,
      contentType: params.contentType,
      fileSize: params.fileSize,
      partsCount: params.parts,
      parts: Array.from({ length: params.parts }, (_, i) => ({
        expires: created.parts[0].expires,
        number: i + 1,
        url: `${origin}/storage/${id}/${fileName}?partNumber=${i + 1}&uploadId=VXBsb2FkSWQ&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=9e1f${i.toString(16)}a7c`,
      })),
    };
    uploads.set(id, { upload, partBytes: [], withCredentials: 0, completed: 0 });
    return json(res, 200, { upload });
  }
  const action = /^\/v1\/uploads\/([^/]+)\/action$/.exec(path);
  if (req.method === "POST" && action) {
    await readJson(req);
    const u = uploads.get(action[1]);
    u.completed++;
    return json(res, 200, { upload: { ...validating, ...summary(u.upload) } });
  }
  const one = /^\/v1\/uploads\/([^/]+)$/.exec(path);
  if (req.method === "GET" && one) {
    const u = uploads.get(one[1]);
    return json(res, 200, {
      upload: { ...imported, ...summary(u.upload), entityId: `asset_${u.upload.id}` },
    });
  }
  if (req.method === "GET" && path === "/stats") {
    const stats = {};
    for (const [id, u] of uploads) {
      stats[id] = {
        fileSize: u.upload.fileSize,
        received: u.partBytes.reduce((a, b) => a + b, 0),
        parts: u.partBytes.length,
        withCredentials: u.withCredentials,
        completed: u.completed,
      };
    }
    uploads.clear();
    // connections opened since the last /stats (this request's own included)
    const opened = connections;
    connections = 0;
    return json(res, 200, { uploads: stats, connections: opened });
  }
  req.resume();
  json(res, 404, { error: `no route for ${req.method} ${path}` });
});
server.on("connection", () => connections++);
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`${origin}/v1`);
});
process.stdin.on("end", () => server.close(() => process.exit(0)));
process.stdin.resume();
