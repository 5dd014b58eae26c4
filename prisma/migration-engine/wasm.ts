import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

let loaded: Promise<typeof bg.SchemaEngine> | undefined;

/**
 * The package's main entry does `import * as wasm from "./x.wasm"`, which Node 20 cannot load
 * without --experimental-wasm-modules, so we wire the wasm-bindgen glue to the module by hand:
 * the glue is the wasm's only import namespace, and `__wbindgen_start` must run once before
 * any export is called. Loading is memoised because the glue holds one module-level instance.
 */
export function loadSchemaEngine(): Promise<typeof bg.SchemaEngine> {
  loaded ??= instantiate();
  return loaded;
}

async function instantiate(): Promise<typeof bg.SchemaEngine> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}
