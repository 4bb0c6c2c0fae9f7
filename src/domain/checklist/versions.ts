/**
 * Semantic-version order for bundled checklist versions: the newest is what new
 * assessments use. Pre-release tags sort before their release (1.1.0-rc.1 < 1.1.0).
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitVersion(a);
  const [coreB = '', preB] = splitVersion(b);
  const na = coreA.split('.').map(Number);
  const nb = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (na[i] ?? 0) - (nb[i] ?? 0);
    if (d !== 0) return d;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

function splitVersion(v: string): [string, string | undefined] {
  const at = v.indexOf('-');
  return at < 0 ? [v, undefined] : [v.slice(0, at), v.slice(at + 1)];
}

/** The newest of a list of versions, or undefined for none. */
export function newestVersion(versions: readonly string[]): string | undefined {
  return [...versions].sort(compareVersions).at(-1);
}
