// The demo's mock of the whole day: a small server on 127.0.0.1 in front of Prism. Every API
// request goes to Prism first, which checks it against spec/openapi.yaml (a request the spec
// forbids gets Prism's 4xx, as is); for the routes that need memory — uploads, assets, tags,
// downloads — the answer Prism gave (the spec's example) is then filled in from a small state
// kept here. Storage (the signed part URLs) and the CDN (download URLs) are served here too.
import { createServer } from "node:http";
import { startPrism } from "@scenario-sdk/test-utils/prism";

/** Starts Prism and the stand-in; resolves { url, stop() }. */
export async function startDemoMock() {
  const prism = await startPrism();
  const state = { assets: new Map(), uploads: new Map(), count: 0 };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () =>
      handle(req, Buffer.concat(chunks), { prism, state, origin: `http://${req.headers.host}` })
        .then(({ status, headers = {}, body }) => {
          res.writeHead(status, headers);
          res.end(body);
        })
        .catch((error) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ message: `demo mock: ${error.message}` }));
        }),
    );
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${server.address().port}`;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await prism.stop();
  };
  return { url, stop, state };
}

const json = (status, value) => ({
  status,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(value),
});

async function handle(req, body, { prism, state, origin }) {
  const { pathname } = new URL(req.url, origin);
  // storage and CDN: no credentials, no spec
  const storage = /^\/storage\/([^/]+)\/(\d+)$/.exec(pathname);
  if (storage && req.method === "PUT") {
    const upload = state.uploads.get(storage[1]);
    if (!upload) return { status: 404, body: "no such upload" };
    upload.parts.set(Number(storage[2]), body);
    return { status: 200, headers: { etag: `"${storage[1]}-${storage[2]}"` }, body: "" };
  }
  const cdn = /^\/cdn\/([^/]+)$/.exec(pathname);
  if (cdn && req.method === "GET") {
    const asset = state.assets.get(cdn[1]);
    if (!asset) return { status: 404, body: "not found" };
    return {
      status: 200,
      headers: { "content-type": asset.mimeType, "content-length": String(asset.bytes.length) },
      body: asset.bytes,
    };
  }
  // the API: Prism checks the request and gives the spec's example answer
  const headers = {};
  for (const name of ["authorization", "content-type", "accept"]) {
    if (req.headers[name]) headers[name] = req.headers[name];
  }
  const checked = await fetch(`${prism.url}${req.url}`, {
    method: req.method,
    headers,
    ...(body.length ? { body } : {}),
  });
  const text = await checked.text();
  if (checked.status >= 300) {
    return { status: checked.status, headers: { "content-type": "application/json" }, body: text };
  }
  const example = text ? JSON.parse(text) : {};
  const answer = remember(req.method, pathname, body, example, state, origin);
  return json(checked.status, answer ?? example);
}

/** The stateful answer for a route that needs one, built on Prism's example; else undefined. */
function remember(method, pathname, body, example, state, origin) {
  const input = body.length ? JSON.parse(body.toString("utf8")) : {};
  const route = `${method} ${pathname.replace(/\/(asset|upload)_[^/]+/, "/{id}")}`;
  const id = /\/((?:asset|upload)_[^/]+)/.exec(pathname)?.[1];
  const shown = (asset) => asset.shown;
  switch (route) {
    case "POST /assets": {
      const [, mimeType = "image/png", data = ""] =
        /^data:([^;]+);base64,(.*)$/s.exec(input.image ?? "") ?? [];
      const asset = addAsset(
        state,
        example.asset,
        input.name,
        "image",
        mimeType,
        Buffer.from(data, "base64"),
      );
      return { ...example, asset: shown(asset) };
    }
    case "GET /assets":
      return {
        ...example,
        assets: [...state.assets.values()].map(shown),
        nextPaginationToken: null,
      };
    case "POST /assets/get-bulk":
      return {
        ...example,
        assets: (input.assetIds ?? []).flatMap((i) => state.assets.get(i)?.shown ?? []),
      };
    case "GET /assets/{id}":
      return state.assets.has(id) ? { ...example, asset: state.assets.get(id).shown } : undefined;
    case "PUT /assets/{id}/tags": {
      const asset = state.assets.get(id);
      if (!asset) return undefined;
      const tags = new Set(asset.shown.tags ?? []);
      const added = (input.add ?? []).filter((t) => !tags.has(t) && tags.add(t));
      const deleted = (input.delete ?? []).filter((t) => tags.delete(t));
      asset.shown.tags = [...tags];
      return { ...example, added, deleted };
    }
    case "POST /assets/{id}/download":
      return state.assets.has(id) ? { ...example, url: `${origin}/cdn/${id}` } : undefined;
    case "POST /uploads": {
      const upload = {
        ...example.upload,
        id: `upload_demo${state.uploads.size + 1}`,
        kind: input.kind,
        fileName: input.fileName,
        originalFileName: input.fileName,
        contentType: input.contentType,
        fileSize: input.fileSize,
        partsCount: input.parts ?? 1,
        status: "pending",
      };
      delete upload.parts;
      const parts = Array.from({ length: input.parts ?? 1 }, (_, n) => ({
        number: n + 1,
        url: `${origin}/storage/${upload.id}/${n + 1}?X-Demo-Signature=signed`,
      }));
      state.uploads.set(upload.id, { upload, input, parts: new Map() });
      return { ...example, upload: { ...upload, parts } };
    }
    case "POST /uploads/{id}/action": {
      const entry = state.uploads.get(id);
      if (!entry) return undefined;
      const numbers = [...entry.parts.keys()].sort((a, b) => a - b);
      const bytes = Buffer.concat(numbers.map((n) => entry.parts.get(n)));
      const { input: made } = entry;
      const asset = addAsset(state, undefined, made.fileName, made.kind, made.contentType, bytes);
      entry.upload = { ...entry.upload, status: "imported", entityId: asset.shown.id };
      return { ...example, upload: entry.upload };
    }
    case "GET /uploads/{id}":
      return state.uploads.has(id)
        ? { ...example, upload: state.uploads.get(id).upload }
        : undefined;
    default:
      return undefined;
  }
}

function addAsset(state, template, name, kind, mimeType, bytes) {
  const id = `asset_demo${++state.count}`;
  const base = template ?? [...state.assets.values()][0]?.shown ?? {};
  const shown = {
    ...base,
    id,
    metadata: { ...base.metadata, name: name ?? id },
    kind,
    mimeType: mimeType ?? "application/octet-stream",
    tags: [],
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    properties: { size: bytes.length },
  };
  const asset = { shown, bytes, mimeType: shown.mimeType };
  state.assets.set(id, asset);
  return asset;
}
