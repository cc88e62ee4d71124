import { defineConfig } from "tsdown";
import { libraryBuild } from "../../scripts/tsdown-library.mjs";

export default defineConfig({ ...libraryBuild });
