import {Box, Text} from 'ink';
import {useTheme} from './theme.js';

/** What went wrong and what to do next. */
export function Problem({title, lines, next}: {title: string; lines?: readonly string[]; next?: string}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Text color={theme.error} bold wrap="truncate">
				✖ {title}
			</Text>
			{(lines ?? []).map((line, index) => (
				<Text key={index} wrap="wrap">
					{line}
				</Text>
			))}
			{next ? (
				<Text color={theme.accent} wrap="wrap">
					→ {next}
				</Text>
			) : null}
		</Box>
	);
}
