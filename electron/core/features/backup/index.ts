// What other features and the entry points use of backup/; everything else in the folder is its own.
export { recordFinishedRestore, recoverBeforeOpen } from './restoreSwitch.ts';
export { sweepLeftovers } from './sweep.ts';
