/**
 * The process the durability test kills: opens a core on the given data folder
 * and makes one kind of edit in a loop, printing "ack <id>" only after the core
 * call has returned. Run with `node --conditions=import --import tsx child.ts <dataDir> <edit name>`.
 */
import { openSync, writeSync } from 'node:fs';
import { standaloneCore } from '../../helpers/standalone-core';
import { CLOCK_BASE, durableEdits, type DurableEdit } from './edits';

const [dataDir, editName, ackFile] = process.argv.slice(2);
const kind = durableEdits.find((edit) => edit.name === editName);
if (!dataDir || !kind || !ackFile) {
  console.error(`usage: child.ts <dataDir> <${durableEdits.map((edit) => edit.name).join('|')}> <ackFile>`);
  process.exit(2);
}

let n = 0;
const core = standaloneCore(dataDir, { clock: { now: () => new Date(CLOCK_BASE + n) } });

async function editForever(edit: DurableEdit): Promise<never> {
  await edit.prepare?.(core);
  // Acks go to a regular file: its writes block (a pipe's may fail with EAGAIN under load)
  // and, once writeSync returns, survive our SIGKILL in the page cache.
  const acks = openSync(ackFile!, 'a');
  writeSync(1, 'ready\n');
  for (; ; n++) {
    const id = await edit.edit(core, n);
    writeSync(acks, `ack ${id}\n`);
  }
}

editForever(kind).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
