import { z } from 'zod';
import type { FileRef } from './bridge';
import { returns } from './define';

import { fileKinds } from './file-kinds';

/**
 * Channels the platform shell answers itself (dialogs, dropped files, links);
 * they never reach the core. Validated exactly like the core's channels.
 */
export const shellContract = {
  'shell:pick-files': returns<FileRef[]>()(
    z.object({ kinds: z.array(z.enum(fileKinds)).min(1).max(fileKinds.length), multiple: z.boolean() }).strict(),
  ),
  'shell:refs-for-paths': returns<FileRef[]>()(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(200) }).strict(),
  ),
  'shell:open-external': returns<boolean>()(z.object({ url: z.string().max(2048) }).strict()),
} as const;

export type ShellChannel = keyof typeof shellContract;

