import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** The arguments for `node` that run the console's HTTP server (scripts/serve.ts), on PORT and HOSTNAME from the environment. */
export function serverArgs(dev = false): string[] {
  return [
    path.join(root, "node_modules/tsx/dist/cli.mjs"),
    path.join(root, "scripts/serve.ts"),
    ...(dev ? ["--dev"] : []),
  ];
}
