// Bundles the CLI with esbuild: what `npm start` and the `bin` run.
// Ink 6.8 needs two things to bundle (see ../shared/ARCHITECTURE.md): a real `require` for the CommonJS
// modules it pulls in, and react-devtools-core (only imported when DEV=true) resolved to a tiny stub.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Three files: dist/cli.js (flags only, so --version and --help start fast), dist/interactive.js (Ink,
// React and the wizard) and dist/run-headless.js (--plain, non-interactive, config: no Ink), which
// cli.js imports only when it needs them.
const common = {
	absWorkingDir: root,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	sourcemap: false,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {'react-devtools-core': './scripts/react-devtools-stub.js'},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __rahtiCreateRequire} from 'node:module';const require=__rahtiCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
};

await build({
	...common,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	external: ['./interactive.js', './run-headless.js'],
});
await build({...common, entryPoints: ['source/interactive.tsx'], outfile: 'dist/interactive.js'});
await build({...common, entryPoints: ['source/run-headless.ts'], outfile: 'dist/run-headless.js'});
