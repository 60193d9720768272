// The JavaScript and CSS each learners' route loads on a cold start, as the server sends them
// (the build's gzip and Brotli twins, web/dist/**/*.gz, *.br; a file under 1 KB has none and
// goes as it is): the entry page's script, stylesheet and module preloads, plus the route's
// chunk with every file it imports (the dependency lists Vite writes into the entry), the
// imports of each followed statically. Reads web/dist only: run `npm run build` first.
//
//   cd web && node bench/route-sizes.mjs            # a Markdown table
//   ROUTES=exam-paper node bench/route-sizes.mjs     # by route name, comma-separated
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const entryFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])
const entry = entryFiles.find((f) => /assets\/learner-[^/]+\.js$/.test(f))
if (!entry) throw new Error('no learners\' entry script in dist/index.html')
const entrySource = readFileSync(join(dist, entry), 'utf8')
const deps = JSON.parse(entrySource.match(/m\.f=(\[[^\]]*\])/)[1])

// Each route: name -> the chunk's dependency list (indices into deps).
const routes = [...entrySource.matchAll(/name:`([a-z-]+)`,component:\(\)=>\w+\(\(\)=>import\(`\.\/([^`]+)`\),__vite__mapDeps\(\[([0-9,]*)\]\)/g)].map(
  (m) => ({ name: m[1], files: m[3].split(',').map((i) => deps[Number(i)]) }),
)
// The login page is part of the entry.
routes.unshift({ name: 'login', files: [] })

/** Every JS file a JS file imports statically, itself included. */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !file.endsWith('.js')) {
    seen.add(file)
    return seen
  }
  seen.add(file)
  const source = readFileSync(join(dist, file), 'utf8')
  for (const m of source.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) closure(`assets/${m[1]}`, seen)
  return seen
}

const sent = (file, twin) => {
  const path = join(dist, `${file}.${twin}`)
  return existsSync(path) ? statSync(path).size : statSync(join(dist, file)).size
}

const kb = (n) => (n / 1000).toFixed(1)
const wanted = process.env.ROUTES?.split(',')
console.log('| route | files | JS gzip | CSS gzip | JS + CSS gzip | JS + CSS Brotli | raw |')
console.log('|---|---:|---:|---:|---:|---:|---:|')
for (const route of routes) {
  if (wanted && !wanted.includes(route.name)) continue
  const files = new Set()
  for (const f of [...entryFiles, ...route.files]) for (const g of closure(f)) files.add(g)
  let js = 0
  let css = 0
  let br = 0
  let raw = 0
  for (const f of files) {
    const gz = sent(f, 'gz')
    if (f.endsWith('.css')) css += gz
    else js += gz
    br += sent(f, 'br')
    raw += statSync(join(dist, f)).size
  }
  console.log(`| ${route.name} | ${files.size} | ${kb(js)} KB | ${kb(css)} KB | **${kb(js + css)} KB** | ${kb(br)} KB | ${kb(raw)} KB |`)
}
