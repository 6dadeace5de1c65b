// The frame and the current step. The only place that exits (Shopify cli-kit's rule): every quit path,
// asked or not, ends here.

import {useKeys} from './ui/use-keys.js';
import {Box, Text, useApp} from 'ink';
import {useCallback, useEffect, useReducer, useRef, useState, useSyncExternalStore} from 'react';
import type {LocalImage, Transport} from './engine/types.js';
import {useServices} from './services.js';
import {LoginStep} from './steps/login/login-step.js';
import {ImageStep} from './steps/image/image-step.js';
import {AccessStep} from './steps/access/access-step.js';
import {DeployStep} from './steps/deploy/deploy-step.js';
import {Finished} from './steps/finished.js';
import {ProjectStep} from './steps/project/project-step.js';
import {PushStep} from './steps/push/push-step.js';
import {Frame} from './ui/frame.js';
import {FrameContextsContext} from './ui/frame-contexts.js';
import {HelpOverlay} from './ui/help-overlay.js';
import {actionFor, type KeyContext} from './ui/keymap.js';
import {calculateLayout} from './ui/layout.js';
import {useTheme} from './ui/theme.js';
import {TooSmall} from './ui/too-small.js';
import {useTerminalSize} from './ui/use-terminal-size.js';
import {
	initialWizardState,
	stepMarks,
	wizardReducer,
	type AccessOutcome,
	type DeployOutcome,
	type PushedImage,
	type Session,
	type WizardState,
} from './wizard/reducer.js';
import {CommandLog, COMMAND_LOG_ROWS} from './ui/command-log.js';
import {wantsCommands} from './config.js';

export type AppProps = {notice?: string; onState?: (state: WizardState) => void};

const HELP_CONTEXTS: readonly KeyContext[] = ['panel', 'help'];

export function App({notice, onState}: AppProps) {
	const {exit} = useApp();
	const {runner, settings, options} = useServices();
	const theme = useTheme();
	const size = useTerminalSize();
	const [showCommands, setShowCommands] = useState(() => wantsCommands(settings.read()));
	const fullLayout = calculateLayout(size.columns, size.rows);
	// The teaching view takes rows from the body, and gives way in a short terminal.
	const [overlay, setOverlay] = useState<'none' | 'help' | 'quit'>('none');
	const [helpOffset, setHelpOffset] = useState(0);
	// The help takes the whole body while it is open.
	const withLog = showCommands && overlay !== 'help' && fullLayout.bodyRows - COMMAND_LOG_ROWS >= 8;
	const layout = withLog ? {...fullLayout, bodyRows: fullLayout.bodyRows - COMMAND_LOG_ROWS} : fullLayout;
	const marker = options.practice ? 'PRACTICE' : options.dryRun ? 'DRY RUN' : undefined;
	const [wizard, dispatch] = useReducer(wizardReducer, initialWizardState);
	const [contexts, setContextsState] = useState<readonly KeyContext[]>(['login']);
	const contextsRef = useRef<readonly KeyContext[]>(contexts);
	const setContexts = useCallback((next: readonly KeyContext[]) => {
		contextsRef.current = next;
		setContextsState(next);
	}, []);
	const busy = useSyncExternalStore(runner.subscribe, () =>
		runner.records().some((r) => r.state === 'running'),
	);

	const quit = useCallback(() => (busy ? setOverlay('quit') : exit()), [busy, exit]);

	useKeys((input, key) => {
		if (overlay === 'quit') {
			if (input === 'y' || key.return || (key.ctrl && input === 'c')) exit();
			else if (input === 'n' || key.escape || key.leftArrow) setOverlay('none');
			return;
		}
		const action = actionFor(input, key, overlay === 'help' ? HELP_CONTEXTS : contextsRef.current);
		if (action === 'quit') quit();
		else if (action === 'commands') {
			settings.setShowCommands(!showCommands);
			setShowCommands(!showCommands);
		} else if (action === 'help') {
			setHelpOffset(0);
			setOverlay(overlay === 'help' ? 'none' : 'help');
		} else if (overlay === 'help' && action === 'back') setOverlay('none');
		else if (overlay === 'help' && (action === 'up' || action === 'down'))
			setHelpOffset((offset) => Math.max(0, offset + (action === 'up' ? -1 : 1)));
	});

	const onLoggedIn = useCallback((session: Session) => dispatch({type: 'logged-in', session}), []);
	const server = wizard.session?.server;
	const onImage = useCallback(
		(engine: Transport, image: LocalImage) => {
			if (server) settings.rememberImage(server, image.ref);
			dispatch({type: 'image-chosen', engine, image});
		},
		[settings, server],
	);
	const back = useCallback(() => dispatch({type: 'back'}), []);
	const relogin = useCallback(
		(resumePush?: {name: string; tag: string}) => dispatch({type: 'relogin', resumePush}),
		[],
	);
	const onProject = useCallback((project: string) => dispatch({type: 'project-chosen', project}), []);
	const onPushed = useCallback((pushed: PushedImage) => dispatch({type: 'pushed', pushed}), []);
	const onAccess = useCallback((access: AccessOutcome) => dispatch({type: 'access-done', access}), []);
	const onDeploy = useCallback((deploy: DeployOutcome) => dispatch({type: 'deploy-done', deploy}), []);
	useEffect(() => {
		onState?.(wizard);
	}, [wizard, onState]);

	if (layout.tooSmall) return <TooSmall columns={size.columns} rows={size.rows} marker={marker} />;

	const isActive = overlay === 'none';
	const body = (() => {
		switch (wizard.step) {
			case 'login':
				return <LoginStep isActive={isActive} onLoggedIn={onLoggedIn} />;
			case 'image':
				return (
					<ImageStep
						isActive={isActive}
						height={layout.bodyRows}
						width={layout.columns}
						onChosen={onImage}
						onBack={back}
						chosen={
							wizard.image?.ref ??
							options.choices?.from ??
							options.choices?.image ??
							(server ? settings.cluster(server).lastImage : undefined)
						}
						chosenRemote={wizard.image ? wizard.engine === 'skopeo' : options.choices?.from !== undefined}
					/>
				);
			case 'project':
				return wizard.image && wizard.session ? (
					<ProjectStep
						isActive={isActive}
						height={layout.bodyRows}
						width={layout.columns}
						server={wizard.session.server}
						imageRef={wizard.image.ref}
						onChosen={onProject}
						onBack={back}
						onRelogin={relogin}
					/>
				) : null;
			case 'push':
				return wizard.image && wizard.session && wizard.project && wizard.engine ? (
					<PushStep
						isActive={isActive}
						height={layout.bodyRows}
						width={layout.columns}
						server={wizard.session.server}
						project={wizard.project}
						engine={wizard.engine}
						image={wizard.image}
						onPushed={onPushed}
						onBack={back}
						onRelogin={relogin}
						resume={wizard.resumePush}
					/>
				) : null;
			case 'access':
				return wizard.session && wizard.project ? (
					<AccessStep
						isActive={isActive}
						height={layout.bodyRows}
						width={layout.columns}
						server={wizard.session.server}
						project={wizard.project}
						onDone={onAccess}
						onBack={back}
						onRelogin={relogin}
					/>
				) : null;
			case 'deploy':
				if (wizard.finished)
					return (
						<Finished
							state={wizard}
							isActive={isActive}
							onExit={exit}
							onBack={back}
							height={layout.bodyRows}
						/>
					);
				return wizard.session && wizard.project && wizard.pushed ? (
					<DeployStep
						isActive={isActive}
						height={layout.bodyRows}
						width={layout.columns}
						server={wizard.session.server}
						project={wizard.project}
						imageStream={wizard.pushed.target.name}
						tag={wizard.pushed.target.tag}
						onDone={onDeploy}
						onBack={back}
						onRelogin={relogin}
					/>
				) : null;
		}
	})();

	return (
		<FrameContextsContext.Provider value={setContexts}>
			<Frame
				layout={layout}
				session={wizard.session}
				marks={stepMarks(wizard)}
				contexts={overlay === 'help' ? HELP_CONTEXTS : contexts}
				notice={notice}
				marker={marker}
				bottom={withLog ? <CommandLog columns={layout.columns} /> : null}
			>
				{overlay === 'quit' ? (
					<Box flexDirection="column">
						<Text color={theme.warn} bold>
							A command is still running. Quit anyway? It will be stopped.
						</Text>
						<Text>y / Enter: quit · n / Esc: keep going</Text>
					</Box>
				) : null}
				{overlay === 'help' ? (
					<HelpOverlay columns={layout.columns} height={layout.bodyRows} offset={helpOffset} />
				) : null}
				<Box display={overlay === 'none' ? 'flex' : 'none'} flexDirection="column" flexShrink={0}>
					{body}
				</Box>
			</Frame>
		</FrameContextsContext.Provider>
	);
}
