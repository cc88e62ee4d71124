// `pnpm test:packed`: the packages as users meet them. Packs every package, installs the
// tarballs into a fresh project outside the workspace, and checks: require() and import give
// the same working API (./fetch included; require() gives the class); a TypeScript consumer type-checks with moduleResolution node16 and
// bundler (ESM and CJS), on our TypeScript and on 5.0, the oldest the README promises, with
// skipLibCheck off; every description of the spec reaches the published types as JSDoc; the
// installed `scenario --version` runs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, loadSpec } from "./generate/spec.mjs";
import { jsdocCoverage } from "./lib/jsdoc-coverage.mjs";

/** The oldest TypeScript whose consumers the published types support (README: "TypeScript ≥ 5.0"). */
const OLDEST_TYPESCRIPT = "5.0.4";

const PACKAGES = ["schemas", "client", "cli"];

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

const CONSUMER_TS = `
import Scenario, {
  APIError,
  fileFromPath,
  type AssetListParams,
  type AssetUploadResponse,
  type Upload,
} from "@scenario-sdk/client";
import { AssetUploadResponse as ResponseSchema, parse, type Asset } from "@scenario-sdk/schemas";

const client = new Scenario({ apiKey: "k", apiSecret: "s", maxRetries: 0 });
export async function upload(bytes: Uint8Array): Promise<string> {
  const response: AssetUploadResponse = await client.assets.upload({ name: "a.png", image: bytes, collectionIds: ["c"] });
  const checked = parse(ResponseSchema, response);
  const asset: Asset = checked.asset;
  return asset.id;
}
export async function walk(params: AssetListParams): Promise<string[]> {
  const ids: string[] = [];
  for await (const asset of client.assets.list(params)) ids.push(asset.id);
  const { data, requestID } = await client.assets.retrieve(ids[0]!).withResponse();
  await client.assets.updateTags(data.asset.id, { add: ["hero"], delete: ["draft"] });
  return requestID ? ids : [];
}
export async function big(path: string): Promise<Upload> {
  return client.uploads.uploadFile(await fileFromPath(path), { onProgress: (p) => p.loaded / p.total });
}
export const isApiError = (e: unknown): e is APIError => e instanceof APIError;
// @ts-expect-error name is required
void client.assets.upload({ image: "x" });
`;

// The `./fetch` face, apart: openapi-fetch 0.17's own declarations need TypeScript ≥ 5.1 when
// library files are checked (TS2344 in its ResponseObjectMap), so on 5.0 this one is checked
// with skipLibCheck.
const CONSUMER_FETCH_TS = `
import { createFetchClient, APIConnectionError } from "@scenario-sdk/client/fetch";
const api = createFetchClient({ apiKey: () => "k", apiSecret: "s" });
export async function viaFetch(assetId: string): Promise<string | undefined> {
  try {
    const { data, error } = await api.GET("/assets/{assetId}", { params: { path: { assetId } } });
    return error ? undefined : data?.asset.id;
  } catch (e) {
    if (e instanceof APIConnectionError) return e.code;
    throw e;
  }
}
// @ts-expect-error a path the spec does not have
void api.GET("/nope");
// @ts-expect-error the path parameter is missing
void api.GET("/assets/{assetId}", { params: { path: {} } });
`;

const CONSUMER_FETCH_CTS = `
import fetchFace = require("@scenario-sdk/client/fetch");
export const api = fetchFace.createFetchClient({ bearerToken: "t" });
`;

const CONSUMER_CTS = `
import Scenario = require("@scenario-sdk/client");
import schemas = require("@scenario-sdk/schemas");
const client = new Scenario.Scenario({ bearerToken: "t" });
export const ok: boolean = schemas.is(schemas.Asset, {}) || client.maxRetries === 2;
`;

const PROBE = (load) => `
${load}
const example = ${JSON.stringify(JSON.parse(readFileSync(join(ROOT, "spec/page-facts.json"), "utf8")).example)};
const Scenario = c.default ?? c.Scenario;
const client = new Scenario({ apiKey: "k", apiSecret: "s" });
// validateResponses loads @scenario-sdk/schemas on demand: from CJS too
const fetch = async () => new Response(JSON.stringify({ asset: { id: 1 } }), { status: 200 });
const validating = new Scenario({ apiKey: "k", apiSecret: "s", validateResponses: true, fetch, maxRetries: 0 });
const face = await f.createFetchClient({ apiKey: "k", apiSecret: "s", fetch, maxRetries: 0 }).GET("/assets/{assetId}", { params: { path: { assetId: "a" } } });
const validation = await validating.assets.upload({ name: "x" }).then(() => "accepted", (e) => e.name + ": " + e.message.split(String.fromCharCode(10))[1]);
console.log(JSON.stringify({
  validation,
  client: Object.keys(c).filter((k) => k !== "default" && k !== "module.exports").sort(),
  schemas: Object.keys(s).filter((k) => k !== "default" && k !== "module.exports").sort(),
  valid: !s.AssetUploadResponse["~standard"].validate(example).issues,
  invalid: s.AssetUploadResponse["~standard"].validate({}).issues.length,
  constructed: client.maxRetries === 2 && client.timeout === 60000,
  fetchFace: face.data?.asset.id === 1 && face.response.status === 200,
}));
`;

const tsconfig = (extra, files = ["consumer.ts", "consumer-cjs.cts"]) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      lib: ["ES2022", "DOM"],
      types: [],
      ...extra,
    },
    files,
  });

export function testPacked() {
  const work = mkdtempSync(join(tmpdir(), "scenario-packed-"));
  const results = [];
  const check = (name, fn) => {
    try {
      fn();
      results.push({ name, ok: true });
      console.log(`  ok    ${name}`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(
        `  FAIL  ${name}\n${[error.stdout, error.stderr].filter(Boolean).join("\n") || error.message}`,
      );
    }
  };
  try {
    const tarballs = join(work, "tarballs");
    for (const name of PACKAGES) {
      run("pnpm", ["pack", "--pack-destination", tarballs], resolve(ROOT, "packages", name));
    }
    const files = readdirSync(tarballs).map((f) => join(tarballs, f));
    const app = join(work, "app");
    run("mkdir", ["-p", app]);
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" }),
    );
    const typescript = JSON.parse(
      readFileSync(join(ROOT, "node_modules/typescript/package.json"), "utf8"),
    ).version;
    console.log(`installing ${files.length} tarballs and typescript@${typescript} into ${app}`);
    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        ...files,
        `typescript@${typescript}`,
        `typescript-oldest@npm:typescript@${OLDEST_TYPESCRIPT}`,
      ],
      app,
    );

    check("require() and import give the same, working API", () => {
      const cjsProbe = `(async () => { const c = require("@scenario-sdk/client"); const s = require("@scenario-sdk/schemas"); const f = require("@scenario-sdk/client/fetch"); ${PROBE("")} })()`;
      const cjs = JSON.parse(run(process.execPath, ["--input-type=commonjs", "-e", cjsProbe], app));
      const esm = JSON.parse(
        run(
          process.execPath,
          [
            "--input-type=module",
            "-e",
            PROBE(
              `import * as c from "@scenario-sdk/client"; import * as s from "@scenario-sdk/schemas"; import * as f from "@scenario-sdk/client/fetch";`,
            ),
          ],
          app,
        ),
      );
      if (JSON.stringify(cjs) !== JSON.stringify(esm))
        throw new Error(`CJS and ESM differ:\n${JSON.stringify(cjs)}\n${JSON.stringify(esm)}`);
      const works =
        cjs.valid &&
        cjs.invalid &&
        cjs.constructed &&
        cjs.fetchFace &&
        cjs.validation.startsWith("ResponseValidationError:");
      if (!works) throw new Error(`API does not work: ${JSON.stringify(cjs)}`);
    });

    check("require() gives the Scenario class, named exports as its properties", () => {
      const probe = `const Scenario = require("@scenario-sdk/client"); const c = new Scenario({ apiKey: "k", apiSecret: "s" }); console.log(JSON.stringify([c.maxRetries, Scenario.default === Scenario, Scenario.Scenario === Scenario, typeof Scenario.APIError]));`;
      const out = run(process.execPath, ["--input-type=commonjs", "-e", probe], app).trim();
      if (out !== '[2,true,true,"function"]') throw new Error(`require() gave ${out}`);
    });

    writeFileSync(join(app, "consumer.ts"), CONSUMER_TS);
    writeFileSync(join(app, "consumer-cjs.cts"), CONSUMER_CTS);
    writeFileSync(join(app, "consumer-fetch.ts"), CONSUMER_FETCH_TS);
    writeFileSync(join(app, "consumer-fetch-cjs.cts"), CONSUMER_FETCH_CTS);
    const compilers = [
      [typescript, "typescript", "preserve"],
      // TypeScript 5.0 has no `module: preserve` (5.4)
      [OLDEST_TYPESCRIPT, "typescript-oldest", "esnext"],
    ];
    for (const [version, folder, bundlerModule] of compilers) {
      for (const [name, options] of [
        ["node16", { module: "node16", moduleResolution: "node16" }],
        ["bundler", { module: bundlerModule, moduleResolution: "bundler", target: "ES2022" }],
      ]) {
        check(`a TypeScript ${version} consumer type-checks with moduleResolution ${name}`, () => {
          const config = `tsconfig.${folder}.${name}.json`;
          // before 5.4, only `module: node16` compiles a CommonJS consumer's `import = require`
          const files = options.module === "esnext" ? ["consumer.ts"] : undefined;
          writeFileSync(join(app, config), tsconfig(options, files));
          run(process.execPath, [join(app, "node_modules", folder, "bin/tsc"), "-p", config], app);
        });
        check(`a TypeScript ${version} consumer of ./fetch type-checks with ${name}`, () => {
          const config = `tsconfig.${folder}.${name}.fetch.json`;
          const files =
            options.module === "esnext"
              ? ["consumer-fetch.ts"]
              : ["consumer-fetch.ts", "consumer-fetch-cjs.cts"];
          const skipLibCheck = version === OLDEST_TYPESCRIPT;
          writeFileSync(join(app, config), tsconfig({ ...options, skipLibCheck }, files));
          run(process.execPath, [join(app, "node_modules", folder, "bin/tsc"), "-p", config], app);
        });
      }
    }

    check("every description of the spec reaches the published types as JSDoc", () => {
      const { document } = loadSpec();
      for (const file of ["index.d.ts", "index.d.cts"]) {
        const dts = join(app, "node_modules/@scenario-sdk/schemas/dist", file);
        const { total, found, missing } = jsdocCoverage(dts, document);
        if (missing.length) {
          throw new Error(
            `${file}: ${found} of ${total} descriptions:\n${missing.slice(0, 20).join("\n")}`,
          );
        }
        console.log(`        ${file}: ${found} of ${total} descriptions`);
      }
    });

    check("the installed `scenario --version` runs", () => {
      const { version } = JSON.parse(
        readFileSync(resolve(ROOT, "packages/cli/package.json"), "utf8"),
      );
      const out = run(join(app, "node_modules/.bin/scenario"), ["--version"], app).trim();
      if (out !== version)
        throw new Error(`scenario --version printed "${out}", expected "${version}"`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log("test:packed");
  const results = testPacked();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
