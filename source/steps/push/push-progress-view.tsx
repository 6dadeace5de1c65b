import {Box, Text} from 'ink';
import type {PushPhase} from '../../actions/push-image.js';
import {formatDuration, secondsLeft} from '../../engine/push-rate.js';
import {pushTotals, type Layer} from '../../engine/push-progress.js';
import type {Transport} from '../../engine/types.js';
import {formatSize} from '../../format/size.js';
import {visibleWindow} from '../../ui/layout.js';
import {ProgressBar} from '../../ui/progress-bar.js';
import {Spinner} from '../../ui/spinner.js';
import {useTheme} from '../../ui/theme.js';
import type {ProgressView} from './use-push-progress.js';

/** Each phase names the commands it runs, as the docs would. */
const UPLOAD: Record<Transport, string> = {
	podman: 'Upload (podman push)',
	docker: 'Upload (docker tag, docker push)',
	skopeo: 'Copy registry to registry (skopeo copy)',
};
const phasesFor = (engine: Transport): Array<{id: PushPhase; label: string}> => [
	{id: 'imagestream', label: 'Image stream ready (oc get / oc create imagestream)'},
	{id: 'credentials', label: 'Registry credentials (oc registry login --to a private file)'},
	{id: 'upload', label: UPLOAD[engine]},
	{id: 'verify', label: 'Verify the image stream tag (oc get istag)'},
];

const MARK: Record<Layer['state'], string> = {waiting: '·', pushing: '▸', done: '✔', exists: '='};

function layerText(layer: Layer): string {
	if (layer.state === 'exists') return 'already in the registry';
	if (layer.state === 'waiting') return 'waiting';
	if (layer.total === undefined) return layer.state === 'done' ? 'done' : 'uploading';
	return `${formatSize(layer.current ?? 0)} / ${formatSize(layer.total)}`;
}

export function PushProgressView({
	step,
	view,
	height,
	width,
	destination,
	engine,
}: {
	engine: Transport;
	step: PushPhase;
	view: ProgressView;
	height: number;
	width: number;
	destination: string;
}) {
	const theme = useTheme();
	const phases = phasesFor(engine);
	const current = phases.findIndex((p) => p.id === step);
	const totals = pushTotals(view.progress);
	const fraction = totals.total > 0 ? totals.current / totals.total : undefined;
	const layerRows = Math.max(1, height - phases.length - 4);
	const layers = view.progress.layers;
	const active = Math.max(
		0,
		layers.findIndex((l) => l.state === 'pushing'),
	);
	const {start, end} = visibleWindow(layers.length, active, layerRows);
	const barWidth = Math.max(10, Math.min(40, width - 44));
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				→ <Text bold>{destination}</Text>
			</Text>
			{phases.map((phase, index) =>
				index === current ? (
					<Spinner key={phase.id} label={phase.label} />
				) : (
					<Text key={phase.id} color={index < current ? theme.ok : theme.muted} wrap="truncate">
						{index < current ? '✔' : '·'} {phase.label}
					</Text>
				),
			)}
			{step === 'upload' || step === 'verify' ? (
				<Box flexDirection="column">
					<Text wrap="truncate">
						<ProgressBar fraction={fraction} width={barWidth} />{' '}
						{fraction === undefined ? '' : `${Math.floor(fraction * 100)}% `}
						{totals.total > 0
							? `${formatSize(totals.current)} of ${formatSize(totals.total)}`
							: `${totals.finished}/${totals.layers} layers`}
						{view.bytesPerSecond
							? ` · ${formatSize(view.bytesPerSecond)}/s · ${formatDuration(secondsLeft(totals.total - totals.current, view.bytesPerSecond))} left`
							: ''}
					</Text>
					{layers.length === 0 ? (
						<Text color={theme.muted} wrap="truncate">
							(the engine reports no layer progress; waiting for it to finish)
						</Text>
					) : (
						layers.slice(start, end).map((layer) => (
							<Text
								key={layer.id}
								color={layer.state === 'pushing' ? undefined : theme.muted}
								wrap="truncate"
							>
								{MARK[layer.state]} {layer.id} {layerText(layer)}
							</Text>
						))
					)}
				</Box>
			) : null}
		</Box>
	);
}
