// What other features use of demo/; everything else in the folder is its own.
export { markSampleData, seedDemo } from './service.ts';
