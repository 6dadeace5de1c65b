// `oc version --client -o json` → the client's version string (oc 4.x fills releaseClientVersion).

export function parseOcVersion(json: string): string | undefined {
	try {
		const data = JSON.parse(json) as {releaseClientVersion?: string; clientVersion?: {gitVersion?: string}};
		return data.releaseClientVersion || data.clientVersion?.gitVersion || undefined;
	} catch {
		return undefined;
	}
}
