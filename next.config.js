import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly packages (and pg-boss, which loads its SQL at runtime) stay as Node requires instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@prisma/schema-engine-wasm", "pg-boss"],
  typedRoutes: false,
  // Member import files (100,000 rows) are posted to a server action.
  experimental: { serverActions: { bodySizeLimit: "40mb" } },
};

export default withNextIntl(nextConfig);
