import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Where `npm run dev` sends API calls: a server started with `cargo run -- serve --demo`.
const apiTarget = process.env.XUEFA_API ?? 'http://127.0.0.1:8000'

/**
 * Vant's icon font (a woff2 inlined in its CSS, with a fallback on at.alicdn.com) is left out:
 * no request may leave the server's origin, and the only icon the pages show (the cells' "›")
 * is drawn in CSS (learner/styles.css), so the font's 35 KB would only slow the first page on
 * a slow network.
 */
function noForeignFonts(): Plugin {
  return {
    name: 'xuefa-no-foreign-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('vant') || !id.endsWith('.css')) return null
      const stripped = code
        .replace(/@font-face\s*\{[^}]*font-family:\s*vant-icon[^}]*\}/g, '')
        .replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\("woff"\)/g, '')
      return { code: stripped, map: null }
    },
  }
}

/**
 * Writes a `.br` (Brotli) and a `.gz` twin of every text file of the build: the server sends
 * the smaller one the browser takes (a phone on a slow network gets a fifth to a third of the
 * bytes). Neither carries a time stamp, so the output is the same on every build.
 */
function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'xuefa-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir)
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
        )
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt|map|webmanifest)$/.test(file)) continue
        const data = readFileSync(file)
        if (data.length < 1024) continue
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }))
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, {
            params: {
              [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
              [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          }),
        )
      }
    },
  }
}

/**
 * Writes the learners' service worker (src/learner/service-worker.js) into the build as
 * /sw.js with the files it fetches at install: the entry page, the learners' entry and the
 * exam paper's route with every file they import (scripts and styles). Its version is a hash
 * of that list, so a new build's worker replaces the old one and its files.
 */
function serviceWorker(): Plugin {
  return {
    name: 'xuefa-service-worker',
    apply: 'build',
    // Once the bundle is final: Vite drops the chunks that only imported CSS after the
    // plugins' generateBundle, and a name in the list that is not served fails the install.
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk')
      const roots = chunks.filter(
        (c) => (c.isEntry && c.name === 'learner') || (c.facadeModuleId ?? '').endsWith('/learner/pages/ExamPaperPage.vue'),
      )
      if (roots.length !== 2) this.error('xuefa-service-worker: the learners\' entry or the exam paper\'s chunk is missing')
      const files = new Set<string>(['index.html'])
      const visit = (fileName: string) => {
        const chunk = bundle[fileName]
        if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return
        files.add(fileName)
        for (const css of chunk.viteMetadata?.importedCss ?? []) if (bundle[css]) files.add(css)
        chunk.imports.forEach(visit)
      }
      roots.forEach((c) => visit(c.fileName))
      const shell = [...files].sort().map((f) => `/${f}`)
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12)
      const source = readFileSync(fileURLToPath(new URL('./src/learner/service-worker.js', import.meta.url)), 'utf8')
        .replace('self.__XUEFA_SHELL__', JSON.stringify(shell))
        .replace('self.__XUEFA_VERSION__', JSON.stringify(version))
      writeFileSync(join(options.dir ?? 'dist', 'sw.js'), source)
    },
  }
}

/**
 * `vite preview` routes the console like the server does: /admin and every path under it
 * (but its files) is the console's entry page, not the learners' (the browser tests'
 * XUEFA_E2E_PAGES=dist mode serves web/dist this way).
 */
function consoleFallback(): Plugin {
  return {
    name: 'xuefa-console-fallback',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '').split('?')[0]
        if (path === '/admin' || (path.startsWith('/admin/') && !/\.[a-z0-9]+$/i.test(path))) {
          req.url = '/admin/index.html'
        }
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    // The console's Element Plus components and their styles, imported where a page uses
    // them (the learners' pages use none, so their bundle carries none).
    Components({ dirs: [], dts: false, resolvers: [ElementPlusResolver({ importStyle: 'css' })] }),
    noForeignFonts(),
    serviceWorker(),
    precompress(),
    consoleFallback(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // WeChat's, QQ's and 360's browsers run older Chromium cores.
    target: ['es2019', 'chrome70'],
    cssTarget: 'chrome70',
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 4096,
    // Every browser we serve knows modulepreload (Chromium 66 and later).
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        // Few, larger shared files: on a slow phone network each extra request of the first
        // page costs a round trip (Chromium opens six connections per host).
        manualChunks(id: string) {
          if (/node_modules\/(@vue|vue|vue-router)\//.test(id) || /preload-helper|plugin-vue[:_]export-helper/.test(id)) return 'vue'
          if (/\/src\/(api|gql)\//.test(id) || /\/src\/learner\/documents\.ts$/.test(id)) return 'api'
          return undefined
        },
      },
      input: {
        learner: fileURLToPath(new URL('./index.html', import.meta.url)),
        admin: fileURLToPath(new URL('./admin/index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql/index.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/export': { target: apiTarget, changeOrigin: false },
      '/verify': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
})
