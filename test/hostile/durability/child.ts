/**
 * The process the durability test kills: opens a core on the given data folder
 * and makes one kind of edit in a loop, writing "ack <id>" to the ack file only
 * after the core call has returned, and "acknowledged <minAcks>" on stdout once
 * that many edits are acknowledged (the parent kills it at a random moment after
 * that). Run with
 * `node --conditions=import --import tsx child.ts <dataDir> <edit name> <ackFile> <minAcks>`.
 */
import { openSync, writeSync } from 'node:fs';
import { standaloneCore } from '../../helpers/standalone-core';
import { CLOCK_BASE, durableEdits, type DurableEdit } from './edits';

const [dataDir, editName, ackFile, minAcksArg] = process.argv.slice(2);
const kind = durableEdits.find((edit) => edit.name === editName);
const minAcks = Number(minAcksArg);
if (!dataDir || !kind || !ackFile || !Number.isSafeInteger(minAcks) || minAcks < 1) {
  console.error(`usage: child.ts <dataDir> <${durableEdits.map((edit) => edit.name).join('|')}> <ackFile> <minAcks>`);
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
    if (n + 1 === minAcks) writeSync(1, `acknowledged ${minAcks}\n`);
  }
}

editForever(kind).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
