// Bundles the dashboard's npm packages into src/Parley.Server/wwwroot/vendor, which is committed:
// the server then needs neither npm nor the internet at run time.
//   vendor.js          one ES module exporting uPlot, d3-geo's projection and path, topojson's feature
//   uPlot.min.css      uPlot's stylesheet
//   countries-110m.json  world-atlas's Natural Earth 1:110m countries, each geometry's id rewritten from
//                      its ISO 3166-1 numeric code to the alpha-3 code Parley's events carry
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'Parley.Server', 'wwwroot', 'vendor');
mkdirSync(out, { recursive: true });

await build({
  stdin: {
    contents: [
      "export { default as uPlot } from 'uplot';",
      "export { geoNaturalEarth1, geoPath } from 'd3-geo';",
      "export { feature } from 'topojson-client';",
    ].join('\n'),
    resolveDir: here,
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  minify: true,
  legalComments: 'inline',
  // The packages carry no licence comments of their own: name them and their licences here.
  banner: { js: '/* Parley dashboard bundle: uPlot 1.6.32 (MIT, Leon Sorokin); d3-geo 3.1.2, d3-array 3.2.5, internmap 2.0.3, topojson-client 3.1.0 (ISC, Mike Bostock). See NOTICE. */' },
  target: 'es2020',
  outfile: join(out, 'vendor.js'),
});
copyFileSync(join(here, 'node_modules', 'uplot', 'dist', 'uPlot.min.css'), join(out, 'uPlot.min.css'));

// world-atlas names countries by ISO numeric code; world-countries maps those to alpha-3.
const countries = JSON.parse(readFileSync(join(here, 'node_modules', 'world-countries', 'countries.json'), 'utf8'));
const alpha3 = new Map(countries.filter(c => c.ccn3).map(c => [c.ccn3, c.cca3]));
// Natural Earth shapes without a numeric code, named as countries.tsv names them.
const byName = new Map([['Kosovo', 'XKX'], ['N. Cyprus', 'CYP'], ['Somaliland', 'SOM']]);
const atlas = JSON.parse(readFileSync(join(here, 'node_modules', 'world-atlas', 'countries-110m.json'), 'utf8'));
const missing = [];
for (const geometry of atlas.objects.countries.geometries) {
  const code = alpha3.get(geometry.id) ?? byName.get(geometry.properties.name);
  if (!code) missing.push(geometry.properties.name);
  geometry.id = code ?? null;
}
writeFileSync(join(out, 'countries-110m.json'), JSON.stringify(atlas));
console.log(`vendor.js, uPlot.min.css and countries-110m.json written to ${out}`);
if (missing.length) console.log(`shapes with no ISO code (drawn, not clickable): ${missing.join(', ')}`);
