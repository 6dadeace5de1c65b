// The simulated Rahti of --practice: one logged-in student, two projects, three local images, a
// registry that remembers what was pushed, role bindings, and deployments that roll out (one of them
// fails, so the rollback can be practised). Plain data; practice-executor.ts answers oc/podman from it.

export type PracticeWorld = {
	user: string;
	server: string;
	registry: string;
	images: Array<{ref: string; id: string; size: number; created: number; layers: number[]}>;
	projects: Record<
		string,
		{
			displayName: string;
			imagestreams: Record<string, Record<string, string>>;
			rolebindings: Array<{name: string; role: string; subjects: Array<{kind: string; name: string}>}>;
			deployments: Record<
				string,
				{
					containers: Array<{name: string; image: string}>;
					triggers: string;
					fails: boolean;
					history: string[][];
				}
			>;
		}
	>;
};

export function newPracticeWorld(now: number = Date.now()): PracticeWorld {
	const hour = 3600;
	const seconds = Math.floor(now / 1000);
	return {
		user: 'student',
		server: 'https://api.practice.rahti.invalid:6443',
		registry: 'image-registry.apps.practice.rahti.invalid',
		images: [
			{
				ref: 'localhost/hello-web:1.0',
				id: '3f2a9c1b7d4e',
				size: 24_800_000,
				created: seconds - 2 * hour,
				layers: [7_300_000, 12_100_000, 5_400_000],
			},
			{
				ref: 'localhost/course-api:0.3',
				id: '9b1e5d2c8a7f',
				size: 61_200_000,
				created: seconds - 26 * hour,
				layers: [31_000_000, 30_200_000],
			},
			{
				ref: 'docker.io/library/nginx:1.27',
				id: '6c7d8e9f0a1b',
				size: 192_000_000,
				created: seconds - 400 * hour,
				layers: [74_000_000, 118_000_000],
			},
		],
		projects: {
			'course-demo': {
				displayName: 'Course demo',
				imagestreams: {},
				rolebindings: [
					{name: 'admin', role: 'admin', subjects: [{kind: 'User', name: 'student'}]},
					// What the old docs told people to run: binds a *user*, so it matches nobody.
					{
						name: 'registry-viewer',
						role: 'registry-viewer',
						subjects: [{kind: 'User', name: 'system:unauthenticated'}],
					},
				],
				deployments: {
					web: {
						containers: [{name: 'web', image: 'docker.io/library/nginx:1.27'}],
						triggers: '',
						fails: false,
						history: [],
					},
					worker: {
						containers: [
							{name: 'worker', image: 'docker.io/library/python:3.12'},
							{name: 'metrics', image: 'docker.io/prom/statsd-exporter:v0.26'},
						],
						triggers: '',
						fails: true,
						history: [],
					},
				},
			},
			'thesis-project': {
				displayName: 'Thesis work',
				imagestreams: {},
				rolebindings: [{name: 'admin', role: 'admin', subjects: [{kind: 'User', name: 'student'}]}],
				deployments: {},
			},
		},
	};
}
