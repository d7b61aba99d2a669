// The criteria feature as other folders see it.
export { CriteriaPage } from './CriteriaPage.tsx';
