import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
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
        codeSplitting: {
          groups: [
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/ },
            // The story editor (ra-input-rich-text, TipTap) stays out: it loads with the exemplar forms only.
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-(?!input-rich-text)[a-z0-9-]+|@haxqer)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](graphql|graphql-request|@graphql-typed-document-node)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
