// `podman system service` on a private socket, so the real docker CLI works (DOCKER_HOST) with no daemon.

import {spawn, spawnSync} from 'node:child_process';
import path from 'node:path';
import {waitFor} from './ports.js';

export type PodmanService = {readonly dockerHost: string; readonly socket: string; stop(): Promise<void>};

export async function startPodmanService(directory: string, home: string): Promise<PodmanService> {
	const socket = path.join(directory, 'podman.sock');
	const dockerHost = `unix://${socket}`;
	const child = spawn('podman', ['system', 'service', '--time=0', dockerHost], {
		stdio: 'ignore',
		env: {...process.env, HOME: home},
	});
	await waitFor(() => {
		if (child.exitCode !== null) throw new Error('podman system service exited');
		return (
			spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {
				env: {...process.env, DOCKER_HOST: dockerHost},
				stdio: 'ignore',
			}).status === 0
		);
	}, 'the podman API service');
	return {
		dockerHost,
		socket,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}
