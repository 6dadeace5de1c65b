import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	containerOfFieldPath,
	parseDeployments,
	parseTriggers,
	preferredContainer,
	preferredDeployment,
} from '../../source/rahti/deployments.js';
import {applyRolloutLine, initialRollout, parseEvents} from '../../source/rahti/rollout.js';

const OC_FORM =
	'[{"from":{"kind":"ImageStreamTag","name":"app:1.0"},"fieldPath":"spec.template.spec.containers[?(@.name==\\"app\\")].image"}]';
const CONSOLE_FORM =
	'[{"from":{"kind":"ImageStreamTag","name":"app:2.0","namespace":"p"},"fieldPath":"spec.template.spec.containers[?(@.name==\\"web\\")].image","pause":"false"}]';

describe('triggers', () => {
	it('reads the oc form and the web console form', () => {
		expect([...parseTriggers(OC_FORM)]).toEqual([['app', {imageStreamTag: 'app:1.0', paused: false}]]);
		expect([...parseTriggers(CONSOLE_FORM)]).toEqual([
			['web', {imageStreamTag: 'app:2.0', namespace: 'p', paused: false}],
		]);
		expect([
			...parseTriggers(
				'[{"from":{"kind":"ImageStreamTag","name":"a:1"},"fieldPath":"spec.template.spec.containers[?(@.name==\\"x\\")].image","pause":"true"}]',
			),
		]).toEqual([['x', {imageStreamTag: 'a:1', paused: true}]]);
		expect(containerOfFieldPath('spec.template.spec.containers[?(@.name=="my-app")].image')).toBe('my-app');
		expect(parseTriggers('nonsense').size).toBe(0);
	});
});

describe('deployments', () => {
	const json = JSON.stringify({
		items: [
			{
				metadata: {name: 'web', annotations: {'image.openshift.io/triggers': CONSOLE_FORM}},
				spec: {replicas: 2, template: {spec: {containers: [{name: 'web', image: 'x@sha256:1'}]}}},
			},
			{
				metadata: {name: 'api'},
				spec: {
					template: {
						spec: {
							containers: [
								{name: 'api', image: 'python:3.12'},
								{name: 'proxy', image: 'nginx'},
							],
						},
					},
				},
			},
		],
	});
	const deployments = parseDeployments(json);

	it('lists each container with its image or the tag it follows', () => {
		expect(deployments).toEqual([
			{
				name: 'api',
				replicas: 1,
				containers: [
					{name: 'api', image: 'python:3.12'},
					{name: 'proxy', image: 'nginx'},
				],
			},
			{
				name: 'web',
				replicas: 2,
				containers: [
					{
						name: 'web',
						image: 'x@sha256:1',
						trigger: {imageStreamTag: 'app:2.0', namespace: 'p', paused: false},
					},
				],
			},
		]);
	});

	it('preselects the one following the image stream, else the remembered one', () => {
		expect(preferredDeployment(deployments, 'app')).toBe('web');
		expect(preferredDeployment(deployments, 'other', 'api')).toBe('api');
		expect(preferredDeployment(deployments, 'other')).toBeUndefined();
	});

	it('one container is chosen by itself; of several, the following or remembered one', () => {
		expect(preferredContainer(deployments[1]!, 'whatever')).toBe('web');
		expect(preferredContainer(deployments[0]!, 'app')).toBeUndefined();
		expect(preferredContainer(deployments[0]!, 'app', 'proxy')).toBe('proxy');
	});

	it('never throws on garbage', () => {
		fc.assert(fc.property(fc.jsonValue(), (value) => void parseDeployments(JSON.stringify(value))));
	});
});

describe('rollout status', () => {
	it('follows oc rollout status to success', () => {
		const lines = [
			'Waiting for deployment "x" rollout to finish: 0 out of 2 new replicas have been updated...',
			'Waiting for deployment "x" rollout to finish: 1 out of 2 new replicas have been updated...',
			'Waiting for deployment "x" rollout to finish: 1 of 2 updated replicas are available...',
			'deployment "x" successfully rolled out',
		];
		const seen = [];
		let progress = initialRollout;
		for (const line of lines) seen.push((progress = applyRolloutLine(progress, line)));
		expect(seen.map((p) => [p.state, p.updated, p.available, p.total])).toEqual([
			['waiting', 0, undefined, 2],
			['waiting', 1, undefined, 2],
			['waiting', 2, 1, 2],
			['succeeded', 2, 2, 2],
		]);
	});
	it('sees a progress deadline', () => {
		expect(
			applyRolloutLine(initialRollout, 'error: deployment "x" exceeded its progress deadline'),
		).toMatchObject({state: 'failed', message: 'deployment "x" exceeded its progress deadline'});
	});
	it('keeps the events of the deployment, newest last', () => {
		const json = JSON.stringify({
			items: [
				{
					involvedObject: {name: 'web-7d9c-abc'},
					reason: 'BackOff',
					message: 'Back-off restarting failed container',
					type: 'Warning',
					lastTimestamp: '2026-12-03T12:00:02Z',
				},
				{
					involvedObject: {name: 'other-1'},
					reason: 'Pulled',
					message: 'x',
					type: 'Normal',
					lastTimestamp: '2026-12-03T12:00:03Z',
				},
				{
					involvedObject: {name: 'web-7d9c'},
					reason: 'SuccessfulCreate',
					message: 'Created pod',
					type: 'Normal',
					lastTimestamp: '2026-12-03T12:00:01Z',
				},
			],
		});
		expect(parseEvents(json, 'web').map((e) => e.reason)).toEqual(['SuccessfulCreate', 'BackOff']);
		expect(parseEvents('garbage', 'web')).toEqual([]);
	});
});
