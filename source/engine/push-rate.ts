// Speed and time left from byte samples over a sliding window. Pure.

export type Sample = {at: number; bytes: number};

export function addSample(samples: readonly Sample[], sample: Sample, windowMs = 3000): Sample[] {
	return [...samples, sample].filter((s) => sample.at - s.at <= windowMs);
}

/** Bytes per second over the window, or undefined until there is enough to say. */
export function rate(samples: readonly Sample[]): number | undefined {
	if (samples.length < 2) return undefined;
	const first = samples[0]!;
	const last = samples[samples.length - 1]!;
	const seconds = (last.at - first.at) / 1000;
	if (seconds < 1) return undefined;
	return Math.max(0, (last.bytes - first.bytes) / seconds);
}

export function secondsLeft(remainingBytes: number, bytesPerSecond: number | undefined): number | undefined {
	if (!bytesPerSecond || bytesPerSecond <= 0) return undefined;
	return Math.ceil(Math.max(0, remainingBytes) / bytesPerSecond);
}

export function formatDuration(seconds: number | undefined): string {
	if (seconds === undefined) return '–';
	if (seconds < 60) return `${seconds}s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
	return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
