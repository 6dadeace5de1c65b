// Why a push failed, from the engine's words, with the fix (texts in ../shared/RAHTI.md). Pure.

export type PushFailure =
	| 'unauthorized'
	| 'denied'
	| 'imagestream-missing'
	| 'unreachable'
	| 'tls'
	| 'engine-down'
	| 'canceled'
	/** The remote image being copied could not be read (skopeo's source side). */
	| 'source'
	| 'unknown';

export type PushProblem = {kind: PushFailure; message: string; fix: string};

export function classifyPushError(output: string, registry: string, project: string): PushProblem {
	const text = output.trim();
	const last =
		text
			.split('\n')
			.filter((l) => l.trim())
			.pop()
			?.trim() ?? 'the push failed';
	if (
		/Cannot connect to the Docker daemon|Is the docker daemon running|permission denied while trying to connect/i.test(
			text,
		)
	) {
		return {
			kind: 'engine-down',
			message: 'The container engine stopped answering.',
			fix: 'Start it again (docker: sudo systemctl start docker), then retry.',
		};
	}
	if (
		/x509:|certificate signed by unknown authority|tls: |certificate is not valid|certificate has expired/i.test(
			text,
		)
	) {
		return {
			kind: 'tls',
			message: `The registry's TLS certificate was not trusted (${last}).`,
			fix: `Check the machine's clock and CA certificates; for a private CA put it in /etc/containers/certs.d/${registry}/ca.crt (podman) or /etc/docker/certs.d/${registry}/ca.crt (docker).`,
		};
	}
	if (/unauthorized|authentication required|401 Unauthorized|invalid username\/password/i.test(text)) {
		return {
			kind: 'unauthorized',
			message: 'The registry did not accept your login: the token has probably expired.',
			fix: 'Log in again (the wizard goes back to the login step), then the push resumes.',
		};
	}
	if (/denied|requested access to the resource is denied|403 Forbidden/i.test(text)) {
		return {
			kind: 'denied',
			message: `You may not push to project "${project}".`,
			fix: 'Ask a project admin to give you the edit role, or choose another project.',
		};
	}
	if (/: 500|500 Internal Server Error|unexpected HTTP status: 500/i.test(text)) {
		return {
			kind: 'imagestream-missing',
			message: 'The registry answered HTTP 500: on Rahti that means the image stream does not exist.',
			fix: 'Retry: the wizard creates the image stream first.',
		};
	}
	if (
		/connection refused|no such host|i\/o timeout|dial tcp|network is unreachable|connection reset|EOF$|server misbehaving|TLS handshake timeout/i.test(
			text,
		)
	) {
		return {
			kind: 'unreachable',
			message: `Cannot reach the registry ${registry} (${last}).`,
			fix: 'Check your network or VPN, then retry.',
		};
	}
	return {
		kind: 'unknown',
		message: last,
		fix: 'Retry; if it fails again, run the command shown above in a shell to see all of its output.',
	};
}
