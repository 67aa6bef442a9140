// The rollout simulation's public surface. Pure TypeScript: no React, no store, no DOM.

export { simulate, TICKS_PER_SECOND } from "./engine";
export { defaultProbe, defaultSimConfig, validateSimConfig, SimConfigError } from "./config";
export { resolveFenceposts, rolloutBounds } from "./fenceposts";
export type { Fenceposts, RolloutBounds } from "./fenceposts";
export { rolloutStatusText } from "./status";
export { scenarios, scenarioIds } from "./scenarios";
export type { Scenario, ScenarioId } from "./scenarios";
export { readSetting, withSetting, settingDomains, settingKeys } from "./settings";
export type { SettingDomain, SettingKey, SettingValues } from "./settings";
export type * from "./types";
