import {describe, expect, it} from 'vitest';
import type {WizardState} from '../../source/wizard/reducer.js';
import {renderScript} from '../../source/wizard/script.js';
import {equivalentCommands, summaryText} from '../../source/wizard/summary.js';

const base: WizardState = {
	step: 'deploy',
	finished: true,
	session: {user: 'alice', server: 'https://api.2.rahti.csc.fi:6443'},
	engine: 'docker',
	image: {ref: 'myapp:1.2', repository: 'myapp', tag: '1.2', id: 'x', sizeBytes: 1, createdAt: undefined},
	project: 'alice-web',
	pushed: {
		digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
		pullSpecs: {
			public: 'image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
			internal: 'image-registry.openshift-image-registry.svc:5000/alice-web/myapp:1.2',
		},
		target: {registry: 'image-registry.apps.2.rahti.csc.fi', name: 'myapp', tag: '1.2'},
	},
	access: {
		kind: 'set',
		level: 'authenticated',
		commands: ['oc policy add-role-to-group system:image-puller system:authenticated -n alice-web'],
	},
	deploy: {kind: 'done', deployment: 'web', container: 'web', result: 'rolled-out'},
};

describe('summary', () => {
	it('says what was done and gives the commands, docker flavour, with no secret', () => {
		const text = summaryText(base);
		expect(text).toContain('digest   sha256:0123456789ab');
		expect(text).toContain('access   All logged-in Rahti users');
		expect(text).toContain('deployment/web (container web) → myapp:1.2: rolled out');
		expect(equivalentCommands(base)).toEqual([
			'oc whoami',
			'oc get imagestream myapp -n alice-web >/dev/null 2>&1 || oc create imagestream myapp -n alice-web',
			'oc whoami -t | docker login -u "$(oc whoami)" --password-stdin image-registry.apps.2.rahti.csc.fi',
			'docker tag myapp:1.2 image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
			'docker push image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
			'docker rmi image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
			'oc get istag myapp:1.2 -n alice-web',
			'oc policy add-role-to-group system:image-puller system:authenticated -n alice-web',
			'oc set triggers deployment/web --from-image=myapp:1.2 -c web -n alice-web',
			'oc rollout status deployment/web -n alice-web',
		]);
		expect(text).not.toMatch(/sha256~|--token|--password[ =]/);
	});
	it('podman pushes the source by name; skopeo copies a remote image, Rahti 1 ones as OCI', () => {
		expect(equivalentCommands({...base, engine: 'podman'})).toContain(
			'podman push myapp:1.2 image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
		);
		const remote = {ref: 'docker-registry.rahti.csc.fi/old/myapp:1.2', repository: 'x', tag: '1.2'};
		const commands = equivalentCommands({...base, engine: 'skopeo', image: {...base.image!, ...remote}});
		expect(commands).toContain(
			'oc whoami -t | skopeo login -u "$(oc whoami)" --password-stdin image-registry.apps.2.rahti.csc.fi',
		);
		expect(commands).toContain(
			'skopeo copy --format oci docker://docker-registry.rahti.csc.fi/old/myapp:1.2 docker://image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
		);
		expect(commands.join('\n')).not.toMatch(/docker (tag|push)|authfile|digestfile/);
	});
	it('skipped steps say so, and how to create a deployment', () => {
		const text = summaryText({...base, access: {kind: 'skipped'}, deploy: {kind: 'skipped'}});
		expect(text).toContain('access   left as it was');
		expect(text).toContain('oc new-app --image-stream=alice-web/myapp:1.2 --name=myapp -n alice-web');
	});
	it('nothing pushed, nothing to say', () => {
		expect(summaryText({step: 'image'})).toBe('');
	});
});

describe('script', () => {
	it('is a runnable bash script with a comment on every command and no secret', () => {
		const script = renderScript(base, new Date('2026-12-03T12:00:00Z'));
		expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
		expect(script).toContain('set -euo pipefail');
		const lines = script.split('\n');
		for (const command of equivalentCommands(base)) {
			const index = lines.indexOf(command);
			expect(index).toBeGreaterThan(0);
			expect(lines[index - 1]).toMatch(/^# /);
		}
		expect(script).not.toMatch(/sha256~|--token|-p /);
	});
});
