// Flags first (meow), then one of: the full-screen wizard, --plain, the non-interactive mode, or
// `config`. --version and --help load nothing else: each mode is its own bundle, imported on demand.

import meow from 'meow';
import {chooseMode} from './flow/choose-mode.js';

const HELP = `
	Usage
	  $ rahti-push [options]          the wizard: login → image → project → push → access → deploy
	  $ rahti-push config             where the preferences are, and what they say
	  $ rahti-push config reset [P]   forget them (or only project P's)

	Choices (in the full-screen wizard each one is preselected; with all needed ones and
	--yes, or with no terminal, it runs without questions)
	  --image IMAGE         local image, e.g. myapp:1.0
	  --from IMAGE          or a remote one, copied registry to registry with skopeo
	                        (Docker Hub, GHCR, Rahti 1: docker-registry.rahti.csc.fi/P/I:T)
	  --engine ENGINE       docker or podman
	  --project PROJECT     Rahti project (namespace)
	  --name NAME           image stream name (default: from the image)
	  --tag TAG             tag (default: from the image)
	  --registry HOST       registry host (default: asked from the cluster, else
	                        image-registry.apps.2.rahti.csc.fi); remembered per cluster
	  --access LEVEL        private | authenticated | public    (--no-access: leave it)
	  --deployment NAME     deployment to run the image in       (--no-deploy: skip)
	  --container NAME      its container, when it has several
	  --yes                 yes to confirmations (replace a tag, make images public)

	Modes
	  --dry-run             run only read-only commands; show what would change and the script
	  --practice            a simulated Rahti: no account, cluster, docker or podman needed
	  --plain               one question at a time as plain lines (also with TERM=dumb)
	  --json                (non-interactive) print one JSON result on stdout
	  --script FILE         write what was done as a runnable shell script (no secrets)
	  --no-save             do not write preferences
	  --help, --version

	Exit codes: 0 done · 1 other failure · 2 missing/invalid flags or answers · 3 login
	            4 engine/image · 5 push · 6 access · 7 deploy/rollout

	Environment: NO_COLOR turns colours off; KUBECONFIG as for oc.

	Examples
	  $ rahti-push
	  $ rahti-push --practice
	  $ rahti-push --image myapp:1.0 --project my-proj --access authenticated --deployment web --yes
	  $ rahti-push --dry-run --script push.sh
	  $ rahti-push --from docker-registry.rahti.csc.fi/my-proj/app:1.0 --project my-proj --no-access --no-deploy
`;

const FLAGS = {
	image: {type: 'string'},
	from: {type: 'string'},
	engine: {type: 'string'},
	project: {type: 'string'},
	name: {type: 'string'},
	tag: {type: 'string'},
	registry: {type: 'string'},
	access: {type: 'string'},
	deployment: {type: 'string'},
	container: {type: 'string'},
	deploy: {type: 'boolean', default: true},
	yes: {type: 'boolean', default: false},
	dryRun: {type: 'boolean', default: false},
	practice: {type: 'boolean', default: false},
	plain: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	script: {type: 'string'},
	save: {type: 'boolean', default: true},
} as const;

function parse() {
	try {
		return meow(HELP, {importMeta: import.meta, flags: FLAGS, allowUnknownFlags: false});
	} catch (error) {
		process.stderr.write(`rahti-push: ${(error as Error).message}\nSee rahti-push --help.\n`);
		process.exit(2);
	}
}

const cli = parse();

async function main(): Promise<number> {
	if (cli.input[0] === 'config' || cli.input.length > 0) {
		const {runCommand} = await import('./run-headless.js');
		return runCommand(cli.input, cli.flags, process.env);
	}
	const mode = chooseMode(cli.flags, process.env, Boolean(process.stdin.isTTY && process.stdout.isTTY));
	if (mode.kind === 'interactive') {
		const {runInteractive} = await import('./interactive.js');
		return runInteractive(process.env, mode.options);
	}
	const {runHeadlessMode} = await import('./run-headless.js');
	return runHeadlessMode(mode, cli.flags, process.env);
}

try {
	process.exitCode = await main();
} catch (error) {
	// The terminal is already restored (interactive.tsx leaves the alternate screen in `finally`).
	process.stderr.write(
		`rahti-push: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.stderr.write('Please report it with the lines above; nothing secret is in them.\n');
	process.exitCode = 70;
}
