// The two manifests the sandbox starts from, modelled on the lesson's scenarios (src/sim/scenarios.ts):
// the hook's Deployment, which has no readiness probe, and the fixed one, which has a probe that
// exercises the database and surges one pod at a time.

export type ExampleId = "hook" | "fixed";

/** The Service both Deployments sit behind. */
const service = `---
apiVersion: v1
kind: Service
metadata:
  name: checkout
spec:
  selector:
    app: checkout
  ports:
    - port: 80
      targetPort: 8080
`;

const hook = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 4
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
        - name: checkout
          image: registry.example.com/checkout:2.0.0
          command: ["/app/checkout"]
          ports:
            - containerPort: 8080
          lifecycle:
            preStop:
              sleep:
                seconds: 5
${service}`;

const fixed = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 4
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
        - name: checkout
          image: registry.example.com/checkout:2.0.0
          command: ["/app/checkout"]
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
          lifecycle:
            preStop:
              sleep:
                seconds: 5
${service}`;

export const examples: { readonly [K in ExampleId]: string } = { hook, fixed };
export const exampleIds: readonly ExampleId[] = ["hook", "fixed"];
