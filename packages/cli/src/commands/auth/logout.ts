// `scenario auth logout`: delete the config file.
import { configPath, removeConfig } from "../../config-file.js";
import type { Context } from "../../context.js";
import { EXIT } from "../../errors.js";

export async function run(_input: unknown, ctx: Context): Promise<number> {
  const path = configPath(ctx.io.env);
  ctx.out.info(
    removeConfig(path, ctx.io.env)
      ? `Removed ${path}.`
      : `No saved credentials (${path} does not exist).`,
  );
  return EXIT.ok;
}
