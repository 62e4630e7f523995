/**
 * The editors keep their draft as plain JSON (the very shape that is signed)
 * and change it by path, immutably, so the same zod schemas validate it live.
 */
export type Path = readonly (string | number)[];

/** "package.areas.0.title" — how issues and fields find each other. */
export const pathKey = (path: Path) => path.join('.');

/** A DOM id for the field at a path. */
export const fieldId = (path: Path) => `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;

type Json = unknown;

export function getIn(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) node = (node as Record<string | number, Json> | undefined)?.[key];
  return node;
}

/** A copy of `root` with `value` at `path`; `undefined` removes an object member. */
export function setIn<T>(root: T, path: Path, value: Json): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const copy = { ...(root as Record<string, Json>) };
  const next = setIn(copy[head as string], rest, value);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

export function updateList<T>(root: T, path: Path, change: (list: Json[]) => Json[]): T {
  const list = getIn(root, path);
  return setIn(root, path, change(Array.isArray(list) ? list : []));
}

export const appendTo = <T>(root: T, path: Path, item: Json) => updateList(root, path, (list) => [...list, item]);
export const removeFrom = <T>(root: T, path: Path, index: number) => updateList(root, path, (list) => list.filter((_, i) => i !== index));
export const moveIn = <T>(root: T, path: Path, index: number, delta: -1 | 1) =>
  updateList(root, path, (list) => {
    const target = index + delta;
    if (target < 0 || target >= list.length) return list;
    const copy = [...list];
    [copy[index], copy[target]] = [copy[target], copy[index]];
    return copy;
  });

/** "e-3": the first `prefix-N` not yet used by an item of the list. */
export function nextId(items: readonly { id?: unknown }[], prefix: string): string {
  const used = new Set(items.map((item) => item.id));
  for (let n = items.length + 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
