import {Box, Text} from 'ink';
import type {Deployment} from '../../rahti/deployments.js';
import {useTheme} from '../../ui/theme.js';

/** "web   web ← app:1.0 (image stream tag)" or "web   web: nginx:1.25" for each container. */
export function DeploymentRow({deployment, width}: {deployment: Deployment; width: number}) {
	const theme = useTheme();
	const containers = deployment.containers
		.map((c) =>
			c.trigger
				? `${c.name} ← ${c.trigger.imageStreamTag}${c.trigger.paused ? ' (paused)' : ''}`
				: `${c.name}: ${c.image}`,
		)
		.join(' · ');
	return (
		<Box width={width}>
			<Box width={Math.min(28, Math.floor(width / 3))} flexShrink={0}>
				<Text wrap="truncate">{deployment.name}</Text>
			</Box>
			<Text color={theme.muted} wrap="truncate">
				{containers}
			</Text>
		</Box>
	);
}
