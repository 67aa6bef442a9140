// Which recall prompts are due: a prompt never graded is not due yet; a graded one is due once its review time has come.
import type { RecallRecord } from "../progress/saved";

export function isDue(record: RecallRecord | undefined, now: number): boolean {
  return !!record?.card && record.card.due <= now;
}
