// The overview feature as other folders see it.
export { OverviewPage } from './OverviewPage.tsx';
