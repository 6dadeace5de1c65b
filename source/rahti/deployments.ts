// Deployments and the image stream tag each container follows, from `oc get deployments -o json`.
// The trigger annotation image.openshift.io/triggers is read in both forms: oc's and the web console's
// (which adds "namespace" and "pause"). Pure.

export type ImageTrigger = {imageStreamTag: string; namespace?: string; paused: boolean};

export type Container = {name: string; image: string; trigger?: ImageTrigger};

export type Deployment = {name: string; replicas: number; containers: Container[]};

type RawTrigger = {
	from?: {kind?: string; name?: string; namespace?: string};
	fieldPath?: string;
	pause?: string | boolean;
};

/** spec.template.spec.containers[?(@.name=="app")].image → app */
export function containerOfFieldPath(fieldPath: string): string | undefined {
	return /\?\(@\.name==\\?["']([^"'\\]+)\\?["']\)/.exec(fieldPath)?.[1];
}

export function parseTriggers(annotation: string | undefined): Map<string, ImageTrigger> {
	const triggers = new Map<string, ImageTrigger>();
	if (!annotation) return triggers;
	let raw: unknown;
	try {
		raw = JSON.parse(annotation);
	} catch {
		return triggers;
	}
	if (!Array.isArray(raw)) return triggers;
	for (const trigger of raw as RawTrigger[]) {
		if (
			trigger?.from?.kind !== 'ImageStreamTag' ||
			typeof trigger.from.name !== 'string' ||
			typeof trigger.fieldPath !== 'string'
		)
			continue;
		const container = containerOfFieldPath(trigger.fieldPath);
		if (!container) continue;
		triggers.set(container, {
			imageStreamTag: trigger.from.name,
			...(trigger.from.namespace ? {namespace: trigger.from.namespace} : {}),
			paused: trigger.pause === true || trigger.pause === 'true',
		});
	}
	return triggers;
}

export function parseDeployments(json: string): Deployment[] {
	let items: unknown;
	try {
		items = (JSON.parse(json) as {items?: unknown}).items;
	} catch {
		return [];
	}
	if (!Array.isArray(items)) return [];
	const deployments: Deployment[] = [];
	for (const item of items as Array<{
		metadata?: {name?: unknown; annotations?: Record<string, string>};
		spec?: {replicas?: unknown; template?: {spec?: {containers?: Array<{name?: unknown; image?: unknown}>}}};
	}>) {
		if (typeof item?.metadata?.name !== 'string') continue;
		const triggers = parseTriggers(item.metadata.annotations?.['image.openshift.io/triggers']);
		const containers = (item.spec?.template?.spec?.containers ?? [])
			.filter((c) => typeof c?.name === 'string')
			.map((c) => {
				const name = c.name as string;
				const trigger = triggers.get(name);
				return {name, image: typeof c.image === 'string' ? c.image : '', ...(trigger ? {trigger} : {})};
			});
		deployments.push({
			name: item.metadata.name,
			replicas: typeof item.spec?.replicas === 'number' ? item.spec.replicas : 1,
			containers,
		});
	}
	return deployments.sort((a, b) => a.name.localeCompare(b.name));
}

/** The stream name a trigger follows: "app:1.0" → "app". */
export const streamOf = (imageStreamTag: string) => imageStreamTag.split(':')[0] ?? imageStreamTag;

/** Which deployment to offer first: one already following this image stream, else the last one used. */
export function preferredDeployment(
	deployments: readonly Deployment[],
	imageStream: string,
	remembered?: string,
): string | undefined {
	const following = deployments.find((d) =>
		d.containers.some((c) => c.trigger && streamOf(c.trigger.imageStreamTag) === imageStream),
	);
	if (following) return following.name;
	return deployments.find((d) => d.name === remembered)?.name;
}

/** The container to point at the image: the only one, or one following this stream, or the remembered one. */
export function preferredContainer(
	deployment: Deployment,
	imageStream: string,
	remembered?: string,
): string | undefined {
	if (deployment.containers.length === 1) return deployment.containers[0]!.name;
	const following = deployment.containers.find(
		(c) => c.trigger && streamOf(c.trigger.imageStreamTag) === imageStream,
	);
	return following?.name ?? deployment.containers.find((c) => c.name === remembered)?.name;
}
