import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files smaller than this are sent as they are (the server's threshold for its own answers too). */
const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Writes a Brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy next to every script,
 * style and other text file of the build; the server sends the copy the browser takes (see the
 * server's ops/dashboard-files.ts and docs/operations.md). The hardest settings cost a few
 * seconds once per build and nothing per request.
 */
function precompress(): Plugin {
  return {
    name: 'guildhall-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((file) => /\.(js|mjs|css|html|svg|json|txt|map)$/.test(file));
      await Promise.all(
        files.map(async (file) => {
          const source = await readFile(path.join(dir, file));
          if (source.length < PRECOMPRESS_MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(source, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(path.join(dir, `${file}.br`), br), writeFile(path.join(dir, `${file}.gz`), gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    // `npm run dev` talks to a server started separately on its default port.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin itself is about 500 kB minified (160 kB gzipped) and cannot be split further.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // The screens themselves load on first use (App.tsx); the charts and the story editor
        // get chunks of their own that only those screens fetch.
        codeSplitting: {
          groups: [
            // The date pickers (@mui/x-date-pickers, @mui/x-internals) stay out: they load with the
            // first date input (dates/DateLocalization.tsx), the sign-in page and 我的培训 have none.
            { name: 'mui', test: /node_modules[\\/](@mui[\\/](?!x-)|@emotion[\\/])/ },
            // The story editor (ra-input-rich-text, TipTap) stays out: it loads with the exemplar forms only.
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-(?!input-rich-text)[a-z0-9-]+|@haxqer)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](graphql|graphql-request|@graphql-typed-document-node)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The charts of the oversight pages and of the pipeline. Last: a group takes in what its
            // modules import that no group before it took, and recharts imports react.
            { name: 'recharts', test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+)[\\/]/ },
            // What the app runs at start, in one chunk: the small modules it shares with the screens
            // loaded later would otherwise be chunks of their own, each one more request at start.
            { name: 'app', test: /[\\/](dashboard[\\/]src|client[\\/]dist)[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
