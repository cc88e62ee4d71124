// Issue 23: `auth login` checks the key before saving, `auth status` says whether it works, and
// profiles select a named set of credentials, base URL and default project.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { cleanEnv, closedPort, makeFixtures, runInProcess } from "./run-cli.js";

const server = useTestServer();

const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

/** 200 for the one good key pair, else 401 with a request id. */
function acceptOnly(key: string, secret: string) {
  server.reset((req, res) => {
    if (req.headers.authorization !== basic(key, secret)) {
      return json(res, 401, { reason: "Invalid API key" }, { "x-request-id": "req_bad_key" });
    }
    if (req.method === "GET") return json(res, 200, { assets: [] });
    return json(res, 200, { asset: { id: "asset_1" } });
  });
}

let fx: ReturnType<typeof makeFixtures>;
let env: Record<string, string | undefined>;
let configFile: string;
beforeEach(() => {
  fx = makeFixtures();
  env = cleanEnv(fx.configHome, { SCENARIO_BASE_URL: server.url });
  configFile = join(fx.configHome, "scenario", "config.json");
});
const config = () => JSON.parse(readFileSync(configFile, "utf8"));

describe("auth login checks the key", () => {
  test("accepted: one GET /assets?pageSize=1 with the key, then saved", async () => {
    acceptOnly("key_good_0001", "sec");
    const login = await runInProcess(["auth", "login", "--api-key", "key_good_0001"], {
      env,
      stdin: "sec\n",
    });
    expect(login.stderr).toContain("The API accepted key key…001");
    expect(login.code).toBe(0);
    expect(server.requests.map((r) => r.url)).toEqual(["/v1/assets?pageSize=1"]);
    expect(config()).toEqual({ apiKey: "key_good_0001", apiSecret: "sec" });
  });

  test("refused: exit 4, the request id, nothing saved", async () => {
    acceptOnly("key_good_0001", "sec");
    const login = await runInProcess(["auth", "login", "--api-key", "key_typo_0001"], {
      env,
      stdin: "sec\n",
    });
    expect(login.code).toBe(4);
    expect(login.stderr).toContain("the API refused key key…001");
    expect(login.stderr).toContain("request id req_bad_key");
    expect(login.stderr).toContain("nothing saved");
    expect(existsSync(configFile)).toBe(false);
  });

  test("API unreachable: says so, suggests --no-verify, nothing saved; --no-verify saves", async () => {
    const offline = { ...env, SCENARIO_BASE_URL: `http://127.0.0.1:${await closedPort()}/v1` };
    const login = await runInProcess(["auth", "login", "--api-key", "key_good_0001"], {
      env: offline,
      stdin: "sec\n",
    });
    expect(login.code).toBe(1);
    expect(login.stderr).toMatch(/could not check the key with the API: cannot reach 127\.0\.0\.1/);
    expect(login.stderr).toContain("--no-verify");
    expect(existsSync(configFile)).toBe(false);
    const unchecked = await runInProcess(
      ["auth", "login", "--no-verify", "--api-key", "key_good_0001"],
      { env: offline, stdin: "sec\n" },
    );
    expect(unchecked.code).toBe(0);
    expect(config().apiKey).toBe("key_good_0001");
  });
});

describe("auth status checks the credentials", () => {
  test("says whether the API accepts them; a refusal exits 4 with the request id", async () => {
    acceptOnly("key_good_0001", "sec");
    const good = { ...env, SCENARIO_SDK_API_KEY: "key_good_0001", SCENARIO_SDK_API_SECRET: "sec" };
    const ok = await runInProcess(["auth", "status"], { env: good });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Checked: 127\.0\.0\.1:\d+ accepts these credentials\./);
    const bad = await runInProcess(["auth", "status"], {
      env: { ...good, SCENARIO_SDK_API_SECRET: "wrong" },
    });
    expect(bad.code).toBe(4);
    expect(bad.stdout).toContain(
      "the API refused these credentials: 401 Invalid API key (request id req_bad_key)",
    );
  });
});

describe("profiles", () => {
  async function loginTwoProfiles() {
    acceptOnly("key_work_0002", "work_secret");
    const work = await runInProcess(
      [
        "auth",
        "login",
        "--profile",
        "work",
        "--project",
        "proj_work",
        "--api-key",
        "key_work_0002",
      ],
      { env, stdin: "work_secret\n" },
    );
    expect(work.code).toBe(0);
    const personal = await runInProcess(
      ["auth", "login", "--no-verify", "--api-key", "key_home_0001"],
      {
        env,
        stdin: "home_secret\n",
      },
    );
    expect(personal.code).toBe(0);
  }

  test("login --profile writes a named profile beside the default one (old files keep working)", async () => {
    await loginTwoProfiles();
    expect(config()).toEqual({
      apiKey: "key_home_0001",
      apiSecret: "home_secret",
      profiles: {
        work: { apiKey: "key_work_0002", apiSecret: "work_secret", projectId: "proj_work" },
      },
    });
    const status = await runInProcess(["auth", "status", "--no-verify", "--profile", "work"], {
      env,
    });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`API key key…002 with its secret (hidden), from profile work`);
    expect(status.stdout).toContain("Default project: proj_work");
    expect(status.stdout).toContain(
      `Profiles in ${configFile}: default, work (in use: work, chosen by --profile)`,
    );
  });

  test("SCENARIO_PROFILE or --profile picks the credentials and the default project; --project wins", async () => {
    await loginTwoProfiles();
    server.requests.length = 0;
    const viaEnv = await runInProcess(["assets", "upload", fx.png], {
      env: { ...env, SCENARIO_PROFILE: "work" },
    });
    expect(viaEnv.code).toBe(0);
    expect(server.requests[0]!.headers.authorization).toBe(basic("key_work_0002", "work_secret"));
    expect(server.requests[0]!.url).toBe("/v1/assets?projectId=proj_work");
    const given = await runInProcess(
      ["assets", "upload", fx.png, "--profile", "work", "--project", "proj_other"],
      { env },
    );
    expect(given.code).toBe(0);
    expect(server.requests[1]!.url).toBe("/v1/assets?projectId=proj_other");
  });

  test("an unknown profile is refused, naming the ones there are (nothing sent)", async () => {
    await loginTwoProfiles();
    server.requests.length = 0;
    const result = await runInProcess(["assets", "upload", fx.png, "--profile", "wrok"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('profile "wrok" (--profile) is not in');
    expect(result.stderr).toContain("the profiles there are: default, work");
    // even when the environment holds every value: a profile asked for by name must exist
    const withEnv = { ...env, SCENARIO_SDK_API_KEY: "key_env_0003", SCENARIO_SDK_API_SECRET: "s" };
    const named = await runInProcess(["assets", "upload", fx.png], {
      env: { ...withEnv, SCENARIO_PROFILE: "wrok" },
    });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('profile "wrok" ($SCENARIO_PROFILE) is not in');
    expect(server.requests).toHaveLength(0);
  });

  test("logout --profile removes that profile only; the last logout removes the file", async () => {
    await loginTwoProfiles();
    const out = await runInProcess(["auth", "logout", "--profile", "work"], { env });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain("Removed profile work");
    expect(config()).toEqual({ apiKey: "key_home_0001", apiSecret: "home_secret" });
    await runInProcess(["auth", "logout"], { env });
    expect(existsSync(configFile)).toBe(false);
  });
});
