import {Text} from 'ink';
import {useTheme} from './theme.js';

/** [██████░░░░] 60% — plain characters, readable without colour. */
export function ProgressBar({fraction, width}: {fraction: number | undefined; width: number}) {
	const theme = useTheme();
	const size = Math.max(4, width);
	if (fraction === undefined) return <Text color={theme.muted}>{'░'.repeat(size)}</Text>;
	const clamped = Math.min(1, Math.max(0, fraction));
	const filled = Math.round(clamped * size);
	return (
		<Text>
			<Text color={theme.accent}>{'█'.repeat(filled)}</Text>
			<Text color={theme.muted}>{'░'.repeat(size - filled)}</Text>
		</Text>
	);
}
