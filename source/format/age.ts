/** How long ago, in the largest whole unit: 5s, 3m, 2h, 4d, 6w, 2y. */
export function formatAge(then: Date | undefined, now: Date = new Date()): string {
	if (!then) return '?';
	const seconds = Math.max(0, Math.floor((now.getTime() - then.getTime()) / 1000));
	const steps: Array<[number, string]> = [
		[60, 's'],
		[60, 'm'],
		[24, 'h'],
		[7, 'd'],
		[52, 'w'],
	];
	let value = seconds;
	for (const [size, unit] of steps) {
		if (value < size) return `${value}${unit}`;
		value = Math.floor(value / size);
	}
	return `${value}y`;
}
