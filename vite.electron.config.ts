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
      output: { format: 'cjs', entryFileNames: 'main.cjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
