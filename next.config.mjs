/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time,
  // so it must stay a plain Node require instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "argon2", "postgres"],
  poweredByHeader: false,
  // `npm run demo` builds without the type check to start sooner; `npm run typecheck` and CI run it.
  typescript: { ignoreBuildErrors: process.env.TOUCHPOINT_BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          // The app uses no camera, microphone, location, payment or USB: no page (nor anything injected into one) may ask.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
        ],
      },
      // Pages get their policy, with a nonce for their scripts, from proxy.ts; it does not run on
      // these paths, which get the script-free part (one policy per response, never two).
      ...["/api/:path*", "/_next/:path*", "/icon.svg", "/favicon.ico"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" }],
      })),
      {
        // Only when the request reached us over HTTPS (the load balancer says so), or a plain-HTTP demo would be pinned to HTTPS.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
