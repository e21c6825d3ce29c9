import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly packages (and pg-boss, which loads its SQL at runtime) stay as Node requires instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/schema-engine-wasm", "pg-boss"],
  typedRoutes: false,
  experimental: {
    // Member import files (up to 40 MB, 100,000 rows) are posted to a server action; the form's own fields ride along.
    serverActions: { bodySizeLimit: "41mb" },
    // The proxy (proxy.ts) buffers request bodies up to this size and silently cuts the rest: it must pass a whole
    // upload (a 40 MB file sent to the API as escaped JSON is up to 50 MB), for the doors to refuse with a clear 413.
    proxyClientMaxBodySize: "52mb",
  },
};

export default withNextIntl(nextConfig);
