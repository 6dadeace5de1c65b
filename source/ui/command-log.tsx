// The teaching view: the commands the wizard has run (and is running), each with what it is for.
// Secrets are already masked by the runner.

import {Box, Text} from 'ink';
import {useSyncExternalStore} from 'react';
import type {CommandRecord} from '../exec/runner.js';
import {useServices} from '../services.js';
import {useTheme, type Theme} from './theme.js';

export const COMMAND_LOG_ROWS = 5;

const MARK: Record<CommandRecord['state'], string> = {running: '▸', ok: '✔', failed: '✖', skipped: '○'};

function colorOf(state: CommandRecord['state'], theme: Theme) {
	if (state === 'failed') return theme.error;
	if (state === 'running') return theme.accent;
	return theme.muted;
}

export function CommandLog({columns}: {columns: number}) {
	const theme = useTheme();
	const {runner} = useServices();
	const records = useSyncExternalStore(runner.subscribe, runner.records);
	const last = records.slice(-(COMMAND_LOG_ROWS - 1));
	return (
		<Box flexDirection="column" width={columns} height={COMMAND_LOG_ROWS}>
			<Text color={theme.muted} wrap="truncate">
				{`── commands run (${records.length})${runner.dryRun ? ' · ○ = not run: dry run' : ''} · c/Ctrl+T hides this `.padEnd(
					columns,
					'─',
				)}
			</Text>
			{last.map((record) => (
				<Text key={record.id} wrap="truncate">
					<Text color={colorOf(record.state, theme)}>{MARK[record.state]} </Text>
					<Text>{record.display}</Text>
					{record.purpose ? <Text color={theme.muted}> # {record.purpose}</Text> : null}
				</Text>
			))}
		</Box>
	);
}
