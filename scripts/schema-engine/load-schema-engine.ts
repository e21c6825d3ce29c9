// Loads Prisma's WebAssembly schema engine in plain Node. The package's default
// entry imports the .wasm file as an ES module, which only a bundler can do, so we
// instantiate it ourselves. This is what lets migrations run air-gapped: the native
// schema engine the Prisma CLI wants would be downloaded at first use.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
let instantiated: Promise<void> | undefined;

function instantiateWasm(): Promise<void> {
  instantiated ??= (async () => {
    const entry = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return instantiated;
}

export type SchemaEngine = bg.SchemaEngine;

export interface LoadSchemaEngineOptions {
  connectionString: string;
  /** [path, content] pairs; the engine needs the datamodel to know the provider. */
  datamodels: [string, string][];
  log?: (line: string) => void;
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The adapter splits a migration script at every semicolon, which cuts a
 * function body (plpgsql, as the dashboard's counting triggers are) in pieces.
 * Sent whole instead, as one simple query: PostgreSQL runs the statements in
 * order, in one implicit transaction, so a failing migration leaves nothing half-applied.
 */
function wholeScripts(adapter: Adapter): Adapter {
  const driver = adapter.underlyingDriver() as { query: (sql: string) => Promise<unknown> };
  const onError = (adapter as unknown as { onError: (e: unknown) => never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

class WholeScriptPg extends PrismaPg {
  override async connect() {
    return wholeScripts(await super.connect());
  }
  override async connectToShadowDb() {
    return wholeScripts(await super.connectToShadowDb());
  }
}

export async function loadSchemaEngine(options: LoadSchemaEngineOptions): Promise<SchemaEngine> {
  await instantiateWasm();
  // A raw PrismaPg factory is rejected: the engine needs the migration-aware,
  // error-capturing wrapper.
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new WholeScriptPg({ connectionString: options.connectionString }),
  );
  const log = options.log ?? (() => {});
  return bg.SchemaEngine.new({ datamodels: options.datamodels }, log, adapter);
}
