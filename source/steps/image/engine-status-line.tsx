import {Text} from 'ink';
import type {EngineName, EngineStatus} from '../../engine/types.js';
import {useTheme} from '../../ui/theme.js';

function describe(status: EngineStatus): string {
	switch (status.state) {
		case 'ready':
			return `${status.engine} ${status.version}`;
		case 'missing':
			return `${status.engine}: not installed`;
		default:
			return `${status.engine}: ${status.message}`;
	}
}

/** "engine: ▸ podman 4.3.1 · docker: not installed" */
export function EngineStatusLine({
	statuses,
	engine,
}: {
	statuses: readonly EngineStatus[];
	engine?: EngineName;
}) {
	const theme = useTheme();
	return (
		<Text wrap="truncate">
			<Text color={theme.muted}>engine: </Text>
			{statuses.map((status, index) => (
				<Text key={status.engine}>
					{index > 0 ? <Text color={theme.muted}> · </Text> : null}
					<Text
						bold={status.engine === engine}
						color={
							status.state === 'ready' ? (status.engine === engine ? theme.accent : undefined) : theme.muted
						}
					>
						{status.engine === engine ? '▸ ' : ''}
						{describe(status)}
					</Text>
				</Text>
			))}
		</Text>
	);
}
