import {Box} from 'ink';
import {useMemo, useState} from 'react';
import type {EngineName, LocalImage, Transport} from '../../engine/types.js';
import {findImage} from '../../engine/find-image.js';
import {FilterList} from '../../ui/filter-list/filter-list.js';
import {useFilterList} from '../../ui/filter-list/use-filter-list.js';
import {useFilterListState} from '../../ui/filter-list/use-filter-list-state.js';
import {useFrameContexts} from '../../ui/frame-contexts.js';
import {Problem} from '../../ui/problem.js';
import {Spinner} from '../../ui/spinner.js';
import {EngineStatusLine} from './engine-status-line.js';
import {ImageRow} from './image-row.js';
import {otherReadyEngine} from './use-image-state.js';
import {RemoteImageForm} from './remote-image-form.js';
import {useImage} from './use-image.js';

type Props = {
	isActive: boolean;
	height: number;
	width: number;
	onChosen: (engine: Transport, image: LocalImage) => void;
	onBack: () => void;
	/** The image chosen before, when coming back to this step. */
	chosen?: string;
	/** It was a remote one: come back to its form. */
	chosenRemote?: boolean;
};

const refOf = (image: LocalImage) => image.ref;

const NO_IMAGES: LocalImage[] = [];

export function ImageStep(props: Props) {
	const [remote, setRemote] = useState(props.chosenRemote === true);
	// What was typed survives a trip back to the local list.
	const [typed, setTyped] = useState(props.chosenRemote ? props.chosen : undefined);
	if (remote)
		return (
			<RemoteImageForm
				isActive={props.isActive}
				width={props.width}
				initial={typed}
				onChosen={(image) => props.onChosen('skopeo', image)}
				onCancel={(text) => {
					setTyped(text);
					setRemote(false);
				}}
			/>
		);
	return <LocalImages {...props} onRemote={() => setRemote(true)} />;
}

function LocalImages({
	isActive,
	height,
	width,
	onChosen,
	onBack,
	chosen,
	onRemote,
}: Props & {onRemote: () => void}) {
	const {state, hasList} = useImage({isActive, onBack, onRemote});
	const images = state.phase === 'ready' ? state.images : NO_IMAGES;
	// The image chosen before, or the one --image names (myapp:1.0 finds localhost/myapp:1.0).
	const preselected = useMemo(() => (chosen ? findImage(images, chosen)?.ref : undefined), [images, chosen]);
	const model = useFilterListState(images, refOf, (image) => image.ref === preselected);
	const canSwitch = otherReadyEngine(state) !== undefined;
	useFrameContexts([
		...(hasList ? (['list'] as const) : (['login'] as const)),
		...(canSwitch ? (['image'] as const) : []),
		'source',
	]);
	useFilterList({
		model,
		pageSize: Math.max(1, height - 3),
		isActive: isActive && hasList,
		onSelect: (image) => {
			if (state.phase === 'ready') onChosen(state.engine, image);
		},
		onBack,
		extraContexts: ['image'],
	});
	// Ages are measured once per listing, not on every keystroke.
	// eslint-disable-next-line react-hooks/exhaustive-deps
	const now = useMemo(() => new Date(), [images]);

	switch (state.phase) {
		case 'detecting':
			return <Spinner label="Looking for docker and podman…" />;
		case 'no-engine':
			return <NoEngine statuses={state.statuses} />;
		case 'listing':
			return (
				<Box flexDirection="column">
					<EngineStatusLine statuses={state.statuses} engine={state.engine} />
					<Spinner label={`Listing ${state.engine} images…`} />
				</Box>
			);
		case 'list-failed':
			return (
				<Box flexDirection="column">
					<EngineStatusLine statuses={state.statuses} engine={state.engine} />
					<Problem title={state.problem.message} lines={[state.problem.fix]} next="Press r to check again." />
				</Box>
			);
		case 'ready':
			return (
				<Box flexDirection="column">
					<EngineStatusLine statuses={state.statuses} engine={state.engine} />
					{images.length === 0 ? (
						<NoImages engine={state.engine} />
					) : (
						<FilterList
							model={model}
							height={height - 1}
							total={images.length}
							noun="images"
							keyOf={refOf}
							renderRow={(image) => <ImageRow image={image} width={width - 2} now={now} />}
						/>
					)}
				</Box>
			);
	}
}

function NoImages({engine}: {engine: EngineName}) {
	return (
		<Problem
			title={`No images in ${engine} yet`}
			lines={[
				'Build one from a Dockerfile/Containerfile in your project folder:',
				`  ${engine} build -t myapp:1.0 .`,
				'or pull one:',
				`  ${engine} pull docker.io/library/nginx:latest`,
			]}
			next="Then press r to look again, or Ctrl+R to copy a remote image straight to Rahti."
		/>
	);
}

function NoEngine({statuses}: {statuses: Parameters<typeof EngineStatusLine>[0]['statuses']}) {
	const lines = statuses.map((status) =>
		status.state === 'missing'
			? `${status.engine}: not installed.`
			: status.state === 'ready'
				? `${status.engine}: ready.`
				: `${status.engine}: ${status.message} ${status.fix}`,
	);
	return (
		<Problem
			title="No working container engine"
			lines={[
				...lines,
				'Install podman (no daemon needed: sudo apt install podman) or Docker, or fix the problem above.',
			]}
			next="Press r to check again, or Ctrl+R to copy a remote image instead (needs only skopeo)."
		/>
	);
}
