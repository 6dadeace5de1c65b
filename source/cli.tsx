// Flags first (meow), then the wizard. --version and --help never load Ink or React: the UI is a
// dynamic import, bundled as its own chunk.

import meow from 'meow';

const cli = meow(
	`
	Usage
	  $ rahti-push

	Takes a container image from this machine to Rahti 2 (CSC's OpenShift):
	check login → choose image → project → push → access → deploy.
	Every step shows the oc/docker/podman command it runs.

	Options
	  --registry HOST  Push to this registry host (default: asked from the cluster,
	                   else image-registry.apps.2.rahti.csc.fi); remembered per cluster
	  --help           Show this help
	  --version        Show the version

	Environment
	  NO_COLOR     Turn colours off
	  KUBECONFIG   The kubeconfig oc uses (default ~/.kube/config)

	Examples
	  $ rahti-push
`,
	{importMeta: import.meta, flags: {registry: {type: 'string'}}},
);

async function main(): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		process.stderr.write(
			'rahti-push: the interactive wizard needs a terminal (stdin and stdout must be a TTY).\n' +
				'Run it directly in a terminal or over ssh -t. See rahti-push --help.\n',
		);
		return 2;
	}
	const {runInteractive} = await import('./interactive.js');
	return runInteractive(process.env, {registry: cli.flags.registry});
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
