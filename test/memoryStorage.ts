/** localStorage in memory, holding whatever a test puts in it; writes can be made to fail. */
export class MemoryStorage implements Storage {
  data = new Map<string, string>();
  failWrites: "quota" | "error" | null = null;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWrites === "quota") throw new DOMException("full", "QuotaExceededError");
    if (this.failWrites === "error") throw new Error("denied");
    this.data.set(k, String(v));
  }
}
