import { useId, type FormEvent } from "react";
import { settingDomains, type SettingKey } from "../sim";
import { parseValue } from "./setup";
import { t } from "./text";

/** Settings as the controls hold them: the written form, so a half-typed number is kept as typed. */
export type Draft = { [K in SettingKey]?: string };

const surgeChoices = ["0", "1", "2", "3", "4", "25%", "50%", "100%"];

type ControlProps = {
  settingKey: SettingKey;
  value: string;
  /** The value in the run on screen, to mark a change. */
  was: string | undefined;
  disabledReason: string | null;
  onChange: (value: string) => void;
};

function Control({ settingKey, value, was, disabledReason, onChange }: ControlProps) {
  const id = useId();
  const domain = settingDomains[settingKey];
  const label = t(`sim.setting.${settingKey}`);
  const valid = parseValue(settingKey, value) !== null;
  const changed = was !== undefined && was !== value;
  const noteId = `${id}-note`;
  const notes = [
    changed ? t("sim.settings.changed", { value: was === "on" || was === "off" ? t(`sim.${was}`) : was }) : null,
    disabledReason,
    !valid && domain.kind === "number" ? t("sim.settings.invalid", { min: domain.min, max: domain.max, step: domain.step }) : null,
  ].filter((n): n is string => n !== null);
  const described = notes.length ? noteId : undefined;
  const disabled = disabledReason !== null;
  let control;
  switch (domain.kind) {
    case "toggle":
      control = (
        <label className="sim-toggle">
          <input type="checkbox" checked={value === "on"} disabled={disabled} aria-describedby={described} onChange={(e) => onChange(e.target.checked ? "on" : "off")} />
          <span>{label}</span>
        </label>
      );
      break;
    case "choice":
      control = (
        <fieldset className="sim-choice" disabled={disabled} aria-describedby={described}>
          <legend>{label}</legend>
          {domain.options.map((option) => (
            <label key={option}>
              <input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(option)} />
              <span>{t(`sim.choice.${option}` as Parameters<typeof t>[0])}</span>
            </label>
          ))}
        </fieldset>
      );
      break;
    case "int-or-percent": {
      const options = surgeChoices.includes(value) ? surgeChoices : [value, ...surgeChoices];
      control = (
        <>
          <label htmlFor={id}>{label}</label>
          <select id={id} value={value} disabled={disabled} aria-describedby={described} onChange={(e) => onChange(e.target.value)}>
            {options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </>
      );
      break;
    }
    case "number":
      control = (
        <>
          <label htmlFor={id}>{label}</label>
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={domain.min}
            max={domain.max}
            step={domain.step}
            value={value}
            disabled={disabled}
            aria-invalid={!valid || undefined}
            aria-describedby={described}
            onChange={(e) => onChange(e.target.value)}
          />
        </>
      );
      break;
  }
  return (
    <div className={`sim-setting${changed ? " sim-setting-changed" : ""}`}>
      {control}
      {notes.length > 0 && (
        <p className="sim-setting-note" id={noteId}>
          {notes.join(" ")}
        </p>
      )}
    </div>
  );
}

type Props = {
  id: string;
  keys: readonly SettingKey[];
  draft: Draft;
  current: Draft;
  problem: string | null;
  status: string;
  copyStatus: string;
  onChange: (key: SettingKey, value: string) => void;
  onRun: () => void;
  onReset: () => void;
  onCopy: () => void;
};

/** The scenario's settings shown at this altitude, a rerun, and a link to the setup on screen. */
export function Settings({ id, keys, draft, current, problem, status, copyStatus, onChange, onRun, onReset, onCopy }: Props) {
  const needs = (key: SettingKey): string | null => {
    if (key.startsWith("readinessProbe.") && draft.readinessProbe === "off") return t("sim.settings.needsProbe");
    if (key.startsWith("livenessProbe.") && draft.livenessProbe === "off") return t("sim.settings.needsLiveness");
    return null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRun();
  };
  return (
    <section className="sim-panel" role="group" id={id} aria-label={t("sim.panel.settings")}>
      {keys.length === 0 ? (
        <p>{t("sim.settings.none")}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="sim-panel-intro">{t("sim.settings.intro")}</p>
          <div className="sim-settings">
            {keys.map((key) => (
              <Control key={key} settingKey={key} value={draft[key] ?? ""} was={current[key]} disabledReason={needs(key)} onChange={(v) => onChange(key, v)} />
            ))}
          </div>
          <div className="sim-actions">
            <button type="submit" className="primary">
              {t("sim.settings.rerun")}
            </button>
            <button type="button" onClick={onReset}>
              {t("sim.settings.reset")}
            </button>
          </div>
          <p className="sim-panel-status" role="status">
            {problem ?? status}
          </p>
        </form>
      )}
      <div className="sim-actions">
        <button type="button" onClick={onCopy}>
          {t("sim.link.copy")}
        </button>
      </div>
      <p className="sim-panel-status" role="status">
        {copyStatus}
      </p>
    </section>
  );
}
