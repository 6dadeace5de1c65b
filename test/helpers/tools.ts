// The real programs the test bed drives. On a fresh Debian machine, as root, missing ones are installed
// with apt-get; anywhere else the tests stop at once and name what to install.

import {execFileSync, spawnSync} from 'node:child_process';

export const REQUIRED_TOOLS: Record<string, string> = {
	podman: 'podman',
	skopeo: 'skopeo',
	'docker-registry': 'docker-registry',
	docker: 'docker.io',
	openssl: 'openssl',
	htpasswd: 'apache2-utils',
};

export function hasCommand(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
}

export function missingTools(): string[] {
	return Object.keys(REQUIRED_TOOLS).filter((command) => !hasCommand(command));
}

export function ensureTools(): void {
	let missing = missingTools();
	if (missing.length === 0) return;
	const packages = [...new Set(missing.map((command) => REQUIRED_TOOLS[command]!))];
	const isRoot = process.getuid?.() === 0;
	if (isRoot && hasCommand('apt-get')) {
		const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
		execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
			stdio: 'inherit',
			env,
		});
		missing = missingTools();
	}
	if (missing.length > 0) {
		throw new Error(
			`The tests need these programs: ${missing.join(', ')}. Install them with: sudo apt-get install ${packages.join(' ')}`,
		);
	}
}
