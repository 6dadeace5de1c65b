// Exit codes of the non-interactive and plain modes (documented in readme.md and --help).

export const EXIT = {
	ok: 0,
	/** Something went wrong that has no code of its own. */
	failed: 1,
	/** Missing or invalid flags or answers; nothing was changed. */
	usage: 2,
	/** Not logged in, token expired, oc missing or the cluster unreachable. */
	login: 3,
	/** No usable container engine or image. */
	image: 4,
	/** The push (or its verification) failed. */
	push: 5,
	/** Setting who may pull failed. */
	access: 6,
	/** The deployment could not be pointed at the image, or its rollout failed. */
	deploy: 7,
} as const;

export class FlowError extends Error {
	constructor(
		readonly code: number,
		message: string,
	) {
		super(message);
	}
}
