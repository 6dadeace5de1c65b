// A real registry (Debian's docker-registry, i.e. distribution) on a free 127.0.0.1 port, with TLS from
// a self-signed certificate made now and htpasswd auth. podman, skopeo and the podman API service trust
// it through $HOME/.config/containers/certs.d/HOST/ca.crt of the HOME the tests give them.

import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync, copyFileSync} from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import {freePort, waitFor} from './ports.js';

export type TestRegistry = {
	readonly host: string;
	readonly url: string;
	readonly caFile: string;
	readonly password: string;
	/** Trust the registry for podman/skopeo run with this HOME. */
	trustFor(home: string): void;
	stop(): Promise<void>;
	start(): Promise<void>;
	/** GET/HEAD against the registry's HTTP API, authenticated. */
	api(
		method: 'GET' | 'HEAD',
		urlPath: string,
		accept?: string,
	): Promise<{status: number; headers: Record<string, unknown>; body: string}>;
};

const MANIFEST_TYPES =
	'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json';

export async function startRegistry(
	directory: string,
	users: readonly string[],
	password: string,
): Promise<TestRegistry> {
	mkdirSync(directory, {recursive: true});
	const port = await freePort();
	const host = `127.0.0.1:${port}`;
	const cert = path.join(directory, 'cert.pem');
	const key = path.join(directory, 'key.pem');
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-keyout',
			key,
			'-out',
			cert,
			'-days',
			'2',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1,DNS:localhost',
		],
		{stdio: 'ignore'},
	);
	// htpasswd -i reads the password from stdin: it never appears in argv.
	const htpasswd = path.join(directory, 'htpasswd');
	writeFileSync(htpasswd, '');
	for (const user of users)
		execFileSync('htpasswd', ['-B', '-i', htpasswd, user], {
			input: password,
			stdio: ['pipe', 'ignore', 'ignore'],
		});
	const config = path.join(directory, 'config.yml');
	writeFileSync(
		config,
		[
			'version: 0.1',
			'log: {level: warn}',
			`storage: {filesystem: {rootdirectory: ${path.join(directory, 'data')}}, delete: {enabled: true}}`,
			`http: {addr: "${host}", tls: {certificate: ${cert}, key: ${key}}}`,
			`auth: {htpasswd: {realm: basic-realm, path: ${htpasswd}}}`,
			'',
		].join('\n'),
	);

	let child: ChildProcess | undefined;
	const ca = readFileSync(cert);
	const api: TestRegistry['api'] = (method, urlPath, accept) =>
		new Promise((resolve, reject) => {
			const request = https.request(
				new URL(urlPath, `https://${host}`),
				{
					method,
					ca,
					headers: {
						authorization: 'Basic ' + Buffer.from(`${users[0]}:${password}`).toString('base64'),
						accept: accept ?? MANIFEST_TYPES,
					},
				},
				(response) => {
					let body = '';
					response.on('data', (chunk) => (body += chunk));
					response.on('end', () =>
						resolve({status: response.statusCode ?? 0, headers: response.headers, body}),
					);
				},
			);
			request.on('error', reject);
			request.end();
		});

	const start = async () => {
		child = spawn('docker-registry', ['serve', config], {stdio: ['ignore', 'ignore', 'pipe']});
		let log = '';
		child.stderr?.on('data', (chunk) => (log += chunk));
		await waitFor(async () => {
			if (child?.exitCode !== null) throw new Error(`docker-registry exited: ${log}`);
			return api('GET', '/v2/').then(
				(r) => r.status === 200,
				() => false,
			);
		}, `the registry on ${host}`);
	};
	const stop = async () => {
		const running = child;
		child = undefined;
		if (!running || running.exitCode !== null) return;
		await new Promise<void>((resolve) => {
			running.once('exit', () => resolve());
			running.kill('SIGTERM');
		});
	};
	await start();
	return {
		host,
		url: `https://${host}`,
		caFile: cert,
		password,
		trustFor(home) {
			const dir = path.join(home, '.config', 'containers', 'certs.d', host);
			mkdirSync(dir, {recursive: true});
			copyFileSync(cert, path.join(dir, 'ca.crt'));
		},
		start,
		stop,
		api,
	};
}
