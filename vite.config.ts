import { defineConfig } from 'vite';

// The page is built once into dist/renderer and served by main/web in every host.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rollupOptions: {
      // The kiosk's page, the admin screens for a browser at the reception desk, and the printable poster.
      input: { index: 'renderer/index.html', admin: 'renderer/admin.html', poster: 'renderer/poster.html' },
    },
  },
});
