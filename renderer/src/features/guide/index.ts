// The guide feature as other folders see it.
export { GuidePage } from './GuidePage.tsx';
