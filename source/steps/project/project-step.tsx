import {useKeys} from '../../ui/use-keys.js';
import {Box, Text} from 'ink';
import type {Project} from '../../rahti/projects.js';
import {RAHTI2} from '../../rahti/cluster.js';
import {useServices} from '../../services.js';
import {FilterList} from '../../ui/filter-list/filter-list.js';
import {useFilterList} from '../../ui/filter-list/use-filter-list.js';
import {useFilterListState} from '../../ui/filter-list/use-filter-list-state.js';
import {useFrameContexts} from '../../ui/frame-contexts.js';
import {actionFor} from '../../ui/keymap.js';
import {Problem} from '../../ui/problem.js';
import {Spinner} from '../../ui/spinner.js';
import {useTheme} from '../../ui/theme.js';
import {useProjects} from './use-project.js';

type Props = {
	isActive: boolean;
	height: number;
	width: number;
	server: string;
	imageRef: string;
	onChosen: (project: string) => void;
	onBack: () => void;
	onRelogin: () => void;
};

const textOf = (p: Project) => `${p.name} ${p.displayName}`;

const NO_PROJECTS: Project[] = [];

export function ProjectStep({isActive, height, width, server, imageRef, onChosen, onBack, onRelogin}: Props) {
	const theme = useTheme();
	const {settings, options} = useServices();
	const {list, reload} = useProjects();
	const projects = list?.ok ? list.projects : NO_PROJECTS;
	const last = options.choices?.project ?? settings.cluster(server).lastProject;
	const model = useFilterListState(projects, textOf, (p) => p.name === last);
	const hasList = projects.length > 0;
	const expired = list?.ok === false && list.kind === 'unauthorized';
	useFrameContexts(hasList ? ['list'] : expired ? ['login', 'expired'] : ['login']);
	useFilterList({
		model,
		pageSize: Math.max(1, height - 4),
		isActive: isActive && hasList,
		onSelect: (p) => onChosen(p.name),
		onBack,
	});
	useKeys(
		(input, key) => {
			const action = actionFor(input, key, expired ? ['login', 'expired'] : ['login']);
			if (action === 'recheck') void reload();
			else if (action === 'relogin') onRelogin();
			else if (action === 'back' || action === 'erase') onBack();
		},
		{isActive: isActive && !hasList},
	);

	const heading = (
		<Text wrap="truncate">
			Push <Text bold>{imageRef}</Text> to which project?
		</Text>
	);
	if (!list) return <Spinner label="Listing your projects (oc get projects)…" />;
	if (!list.ok) {
		return (
			<Problem
				title={expired ? 'Your login has expired' : 'Could not list your projects'}
				lines={[list.message]}
				next={expired ? 'Press l to log in again, or r to retry.' : 'Press r to try again.'}
			/>
		);
	}
	if (projects.length === 0) {
		return (
			<Box flexDirection="column">
				{heading}
				<Problem
					title="You have no projects on Rahti yet"
					lines={[
						`Create one in the web console (${RAHTI2.console}) or with:`,
						'  oc new-project my-project --description="csc_project: 2001234"',
						'Rahti needs your CSC project number in the description: csc_project: NNNNNNN.',
					]}
					next="Then press r to look again."
				/>
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			{heading}
			<FilterList
				model={model}
				height={height - 1}
				total={projects.length}
				noun="projects"
				keyOf={(p) => p.name}
				renderRow={(p) => (
					<Box width={width - 2}>
						<Box width={Math.min(40, Math.floor(width / 2))} flexShrink={0}>
							<Text wrap="truncate">{p.name}</Text>
						</Box>
						<Text color={theme.muted} wrap="truncate">
							{p.displayName}
							{p.name === last ? ' (last used)' : ''}
						</Text>
					</Box>
				)}
			/>
		</Box>
	);
}
