// What a CLI test needs around the `scenario` process: an environment free of the developer's
// SCENARIO_* variables with a private config home, test credentials, and a folder of files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

export type Env = Record<string, string | undefined>;

/** An environment with no SCENARIO_* variables from the developer's shell and a private config home. */
export function cleanEnv(configHome: string, extra: Env = {}): Env {
  const env: Env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("SCENARIO_")) env[k] = v;
  return { ...env, XDG_CONFIG_HOME: configHome, NO_COLOR: undefined, CI: undefined, ...extra };
}

/** `cleanEnv` plus test credentials and the API at `baseURL`. */
export function apiEnv(configHome: string, baseURL: string, extra: Env = {}): Env {
  return cleanEnv(configHome, {
    SCENARIO_SDK_API_KEY: "k",
    SCENARIO_SDK_API_SECRET: "s",
    SCENARIO_BASE_URL: baseURL,
    ...extra,
  });
}

/**
 * `cleanEnv` plus test credentials and none of the proxy variables of the developer's shell,
 * for a test that sets its own (`extra`) and gives the API's URL with `--base-url`.
 */
export function proxyTestEnv(configHome: string, extra: Env = {}): Env {
  return cleanEnv(configHome, {
    SCENARIO_SDK_API_KEY: "k",
    SCENARIO_SDK_API_SECRET: "s",
    HTTP_PROXY: undefined,
    HTTPS_PROXY: undefined,
    NO_PROXY: undefined,
    http_proxy: undefined,
    https_proxy: undefined,
    no_proxy: undefined,
    ...extra,
  });
}

export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);
export const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);

export type Fixtures = ReturnType<typeof makeFixtures>;

/** A temp folder with the files the tests point the CLI at. */
export function makeFixtures() {
  const dir = mkdtempSync(join(tmpdir(), "scenario-cli-"));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const big = new Uint8Array(6 * 1024 * 1024 + 1);
  big.set(PNG_BYTES);
  mkdirSync(join(dir, "folder"));
  return {
    dir,
    file,
    png: file("hero.png", PNG_BYTES),
    jpg: file("photo.jpg", JPEG_BYTES),
    fakePng: file("notes.png", "just some text, not an image"),
    empty: file("empty.png", ""),
    big: file("huge.png", big),
    folder: join(dir, "folder"),
    canvas: file("board.json", JSON.stringify({ layers: [{ id: 1 }] }, null, 2)),
    badCanvas: file("broken.json", "{ layers: ["),
    configHome: join(dir, "config"),
  };
}

export interface CliSetup {
  /** The file's fixtures folder (removed after the file's tests). */
  fx: Fixtures;
  /** `apiEnv` for the fixtures' config home and the server's URL, read when called. */
  env(extra?: Env): Env;
}

/**
 * The fixtures and environment of a CLI test file against `server` (a `useTestServer()` handle,
 * or anything with a `url` read once tests run). Registers the clean-up of the fixtures itself.
 */
export function useCli(server: { readonly url: string }): CliSetup {
  const fx = makeFixtures();
  afterAll(() => {
    try {
      rmSync(fx.dir, { recursive: true, force: true });
    } catch {
      // a test left part of it unreadable (chmod): the OS's temp clean-up takes it
    }
  });
  return { fx, env: (extra = {}) => apiEnv(fx.configHome, server.url, extra) };
}
