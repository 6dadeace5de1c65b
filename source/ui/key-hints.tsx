import {Box, Text} from 'ink';
import {fitHints} from './fit-hints.js';
import {footerHints, type KeyContext} from './keymap.js';
import {useTheme} from './theme.js';

export function KeyHints({contexts, columns}: {contexts: readonly KeyContext[]; columns: number}) {
	const theme = useTheme();
	const hints = fitHints(footerHints(contexts), columns);
	return (
		<Box width={columns}>
			<Text wrap="truncate">
				{hints.map((h, index) => (
					<Text key={h.keys + h.hint}>
						{index > 0 ? <Text color={theme.muted}> · </Text> : null}
						<Text bold>{h.keys}</Text>
						<Text color={theme.muted}> {h.hint}</Text>
					</Text>
				))}
			</Text>
		</Box>
	);
}
