// Keys that arrive in one chunk ("myapp:1.0⏎", a paste with its newline) are handed to the views one at
// a time, each only after React has committed what the one before it changed: otherwise the Enter is
// judged by the state from before the text. React may commit inside the delivery or a little later
// (its scheduler); a key that changes nothing commits nothing, so after `idleMs` the next goes anyway.
// A chunk of one key (almost every key a person types) is delivered at once, as it always was.

export type KeyQueue<K> = {
	push(keys: readonly K[]): void;
	/** A view committed (called from the views' layout effects). */
	committed(): void;
};

type Timers = {
	schedule: (run: () => void, ms: number) => unknown;
	cancel: (timer: unknown) => void;
};

const realTimers: Timers = {
	schedule: (run, ms) => setTimeout(run, ms),
	cancel: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

export function createKeyQueue<K>(deliver: (key: K) => void, idleMs = 50, timers = realTimers): KeyQueue<K> {
	const pending: K[] = [];
	let busy = false;
	let sawCommit = false;
	let timer: unknown;
	const next = () => {
		if (timer !== undefined) timers.cancel(timer);
		timer = undefined;
		const key = pending.shift();
		if (key === undefined) {
			busy = false;
			return;
		}
		busy = true;
		sawCommit = false;
		deliver(key);
		// A lone key is never held back: only the rest of its own chunk waits.
		if (pending.length === 0) {
			busy = false;
			return;
		}
		timer = timers.schedule(next, sawCommit ? 0 : idleMs);
	};
	return {
		push(keys) {
			pending.push(...keys);
			if (!busy) next();
		},
		committed() {
			if (!busy) return;
			sawCommit = true;
			if (timer === undefined) return;
			timers.cancel(timer);
			timer = timers.schedule(next, 0);
		},
	};
}
