import { memo, useId } from "react";
import type { Balancer, PodSnapshot, SimFrame } from "../sim";
import { podState } from "./story";
import { t } from "./text";

const glyph = { ok: "●", bad: "✕", waiting: "○", leaving: "↘" } as const;

function Pod({ pod, balancer }: { pod: PodSnapshot; balancer: Balancer }) {
  const { label, tone } = podState(pod);
  const restarts = pod.restarts === 1 ? t("sim.pod.restartsOne") : t("sim.pod.restarts", { count: pod.restarts });
  return (
    <li className={`sim-pod sim-pod-${tone}`}>
      <span className="sim-pod-id">
        {pod.id}
        {pod.restarts > 0 && <span className="sim-pod-restarts"> · {restarts}</span>}
      </span>
      <span className="sim-pod-state">
        <span className="sim-pod-glyph" aria-hidden="true">
          {glyph[tone]}{" "}
        </span>
        {label}
      </span>
      <span className="sim-pod-traffic">{t(pod.inEndpoints ? "sim.pod.inRotation" : balancer === "L4" ? "sim.pod.outOfRotationL4" : "sim.pod.outOfRotation")}</span>
    </li>
  );
}

/** `empty`: what an empty lane says (the new version has none yet; the old one, once replaced, none left). */
function Lane({ name, pods, balancer, empty = t("sim.lane.empty") }: { name: string; pods: PodSnapshot[]; balancer: Balancer; empty?: string }) {
  const id = useId();
  return (
    <div className="sim-lane">
      <p className="sim-lane-name" id={id}>
        {name}
      </p>
      <ul className="sim-lane-pods" aria-labelledby={id}>
        {pods.length ? pods.map((pod) => <Pod key={pod.id} pod={pod} balancer={balancer} />) : <li className="sim-pod-none">{empty}</li>}
      </ul>
    </div>
  );
}

/** The pods of a frame as boxes, old and new version in separate lanes, each state in words. */
export const Pods = memo(function Pods({ frame, rollout, balancer }: { frame: SimFrame; rollout: boolean; balancer: Balancer }) {
  const live = frame.pods.filter((p) => p.phase !== "gone");
  if (!rollout) {
    return (
      <div className="sim-pods">
        <Lane name={t("sim.lane.only")} pods={live} balancer={balancer} />
      </div>
    );
  }
  return (
    <div className="sim-pods">
      <Lane name={t("sim.lane.old")} pods={live.filter((p) => p.revision === "old")} balancer={balancer} empty={t("sim.lane.noneLeft")} />
      <Lane name={t("sim.lane.new")} pods={live.filter((p) => p.revision === "new")} balancer={balancer} />
    </div>
  );
});
