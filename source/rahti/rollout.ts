// `oc rollout status` lines (../shared/RAHTI.md) → a progress model. Pure.

export type RolloutProgress = {
	state: 'waiting' | 'succeeded' | 'failed';
	updated?: number;
	available?: number;
	total?: number;
	message?: string;
};

export const initialRollout: RolloutProgress = {state: 'waiting'};

export function applyRolloutLine(progress: RolloutProgress, rawLine: string): RolloutProgress {
	const line = rawLine.trim();
	let match: RegExpExecArray | null;
	if ((match = /(\d+) out of (\d+) new replicas have been updated/.exec(line))) {
		return {...progress, updated: Number(match[1]), total: Number(match[2]), message: line};
	}
	if ((match = /(\d+) of (\d+) updated replicas are available/.exec(line))) {
		const total = Number(match[2]);
		return {...progress, updated: total, available: Number(match[1]), total, message: line};
	}
	if ((match = /(\d+) old replicas are pending termination/.exec(line))) {
		return {...progress, message: line};
	}
	if (/successfully rolled out/.test(line)) {
		const total = progress.total ?? 1;
		return {...progress, state: 'succeeded', updated: total, available: total, total, message: line};
	}
	if (/exceeded its progress deadline|error:/.test(line))
		return {...progress, state: 'failed', message: line.replace(/^error: /, '')};
	return progress;
}

export type Event = {object: string; reason: string; message: string; type: string; at: string};

/** Events about a deployment's replica sets and pods (their names start with the deployment's), newest last. */
export function parseEvents(json: string, deployment: string, limit = 5): Event[] {
	try {
		const items = (JSON.parse(json) as {items?: unknown}).items;
		if (!Array.isArray(items)) return [];
		return (
			items as Array<{
				involvedObject?: {name?: string};
				reason?: string;
				message?: string;
				type?: string;
				lastTimestamp?: string;
				eventTime?: string;
			}>
		)
			.filter(
				(e) => typeof e?.involvedObject?.name === 'string' && e.involvedObject.name.startsWith(deployment),
			)
			.map((e) => ({
				object: e.involvedObject!.name!,
				reason: e.reason ?? '',
				message: e.message ?? '',
				type: e.type ?? '',
				at: e.lastTimestamp ?? e.eventTime ?? '',
			}))
			.sort((a, b) => a.at.localeCompare(b.at))
			.slice(-limit);
	} catch {
		return [];
	}
}
