/**
 * What cli-bundle.mjs asks of esbuild besides bundling: sources that find files beside them
 * or import an external package on demand, zod without its locales, and the check that a
 * classic script needs nothing a script cannot do.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';

/**
 * `import.meta.url` of a source file, as seen from the bundle: the bundle lives elsewhere,
 * and the sources find files beside them (.cypher queries, the project root) through it. A
 * classic script has no import.meta: there the URL of the script is `__fengongUrl`, and the
 * sources' own `import()` of an external package becomes `__fengongImport()`, which an ES
 * module of cached-script.mjs answers (a script compiled by vm cannot import by itself).
 */
export function sourceTextPlugin(outdir, external, asScript) {
  const scriptUrl = asScript ? '__fengongUrl' : 'import.meta.url';
  const externalImport = new RegExp(`(?<!typeof\\s*)\\bimport\\((\\s*(['"])(?:${external.join('|')})(?:/[^'"]*)?\\2\\s*)\\)`, 'g');
  return {
    name: 'source-text',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const findsFiles = text.includes('import.meta.url');
        if (!findsFiles && !(asScript && text.match(externalImport))) return undefined;
        const fromBundle = relative(outdir, args.path).split(sep).join('/');
        const loader = extname(args.path).slice(1).replace(/^[cm]/, '');
        let contents = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, ${scriptUrl}).href`);
        if (asScript) contents = contents.replace(externalImport, '__fengongImport($1)');
        return { contents, loader };
      });
    },
  };
}

/**
 * zod re-exports its sixty locales as a namespace (z.locales), which keeps every one of them
 * in a bundle although only English is ever used (zod registers it itself): half of zod's
 * code, compiled at every start of every command. The namespace is built with English only.
 */
export function zodEnglishOnlyPlugin() {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!args.importer.includes(`${sep}node_modules${sep}zod${sep}`)) return undefined;
        return { path: join(dirname(args.importer), '..', 'locales', 'en-only.js'), namespace: 'zod-english-only', pluginData: { en: join(dirname(args.importer), '..', 'locales', 'en.js') } };
      });
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(args.pluginData.en)};`,
        resolveDir: dirname(args.pluginData.en),
        loader: 'js',
      }));
    },
  };
}

/**
 * A classic script run by vm has no way to load an ES module and no import.meta: a bundle
 * that would still need either is refused, naming what needs it.
 */
export function checkScript(name, result) {
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.kind !== 'require-call'));
  const meta = result.warnings.filter((w) => w.text.includes('import.meta'));
  if (imports.length > 0 || meta.length > 0) {
    const what = [...imports.map((i) => `${i.kind} of ${i.path}`), ...meta.map((w) => `${w.location?.file ?? ''}: ${w.text}`)];
    throw new Error(`${name} cannot be a classic script: ${what.join('; ')}`);
  }
}
