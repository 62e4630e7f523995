/**
 * Browser mode's counterpart of the preload: defines the same `window.examinator`
 * bridge, over HTTP to the loopback server instead of Electron IPC. Loaded by
 * the page before the renderer bundle; the renderer cannot tell the difference.
 */
import type { ExaminatorBridge, FileRef } from '../../shared/contract';
import { fileKindFilters } from '../../shared/contract/file-kinds';
import type { Envelope } from '../../shared/envelope';
import { errorPayload } from '../../shared/errors';

const token = document.querySelector<HTMLMetaElement>('meta[name="examinator-token"]')?.content ?? '';

async function post<T>(path: string, body: BodyInit, contentType: string): Promise<Envelope<T>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'X-Examinator-Token': token },
      body,
    });
    return (await response.json()) as Envelope<T>;
  } catch {
    return {
      ok: false,
      error: errorPayload('bridge-unreachable'),
    };
  }
}

async function upload(files: readonly File[]): Promise<FileRef[]> {
  const refs: FileRef[] = [];
  for (const file of files) {
    const envelope = await post<FileRef>(`/upload?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    refs.push(envelope.value);
  }
  return refs;
}

function chooseFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

const bridge = {
  // The receiving side validates channel and arguments; nothing is trusted here.
  invoke: (channel, args) => post(`/api/${encodeURIComponent(channel)}`, JSON.stringify(args ?? {}), 'application/json'),
  pickFiles: async ({ kinds, multiple }) => {
    const accept = kinds.flatMap((kind) => fileKindFilters[kind].extensions.map((ext) => `.${ext}`)).join(',');
    return upload(await chooseFiles(accept, multiple));
  },
  refsForDroppedFiles: (files) => upload(files.filter((file): file is File => file instanceof File)),
  onFilesOpened: () => () => undefined,
  openExternal: async (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol !== 'https:' || !window.confirm(`Öppna länken i webbläsaren?\n${parsed.toString()}`)) return false;
    window.open(parsed.toString(), '_blank', 'noopener,noreferrer');
    return true;
  },
} satisfies ExaminatorBridge;

Object.defineProperty(window, 'examinator', { value: Object.freeze(bridge), writable: false, configurable: false });
