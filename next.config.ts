import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A second build directory lets two builds (say, a benchmark and the e2e run) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project (tests and scripts too) before any build,
  // so the build does not check types a second time.
  typescript: { ignoreBuildErrors: true },
  // The CSP (with a nonce per response) and, in production, HSTS are set by proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          // No page here needs these; a script injected despite the CSP gets none of them either.
          {
            key: 'Permissions-Policy',
            value:
              'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()',
          },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
          { key: 'X-DNS-Prefetch-Control', value: 'off' },
        ],
      },
    ];
  },
};

export default nextConfig;
