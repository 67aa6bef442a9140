export function htmlFiles(dir: string): string[];
export function firstLoad(html: string, dist: string): { script: number; style: number; files: string[] };
