// What went wrong, from oc's stderr (texts in ../shared/RAHTI.md). Pure; the caller words the advice.

export type OcErrorKind =
	'unauthorized' | 'no-config' | 'unreachable' | 'forbidden' | 'not-found' | 'unknown';

export function classifyOcError(stderr: string): OcErrorKind {
	const text = stderr.trim();
	if (/You must be logged in to the server|Unauthorized/i.test(text)) return 'unauthorized';
	if (/Missing or incomplete configuration info/i.test(text)) return 'no-config';
	if (
		/Unable to connect to the server|The connection to the server .* was refused|no such host|i\/o timeout|connection refused/i.test(
			text,
		)
	) {
		return 'unreachable';
	}
	if (/Error from server \(Forbidden\)|forbidden/i.test(text)) return 'forbidden';
	if (/Error from server \(NotFound\)|not found/i.test(text)) return 'not-found';
	return 'unknown';
}

/** oc's first meaningful line, for an error panel. */
export function firstLine(text: string): string {
	return (
		text
			.split('\n')
			.map((line) => line.trim())
			.find((line) => line.length > 0) ?? ''
	);
}
