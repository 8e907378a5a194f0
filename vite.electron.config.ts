import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The Electron host, bundled into one CommonJS file, dist/main/main.cjs (package.json "main").
// Electron's own Node is not relied on to strip TypeScript, and a single file needs no
// node_modules in the packaged app. Only `electron` and Node's built-ins stay outside.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'main/hosts/electron/main.ts',
    outDir: 'dist/main',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      external: ['electron', /^node:/, ...builtinModules],
      // One file: electron-updater, loaded with import() only when updates are on, is inlined too.
      // Its bare `require('fs')` become `node:fs`, so the bundle plainly needs only Node and electron.
      output: {
        format: 'cjs',
        entryFileNames: 'main.cjs',
        inlineDynamicImports: true,
        paths: (id) => (builtinModules.includes(id) && !id.startsWith('node:') ? `node:${id}` : id),
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
