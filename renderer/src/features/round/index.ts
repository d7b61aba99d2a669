// The round feature as other folders see it.
export { RoundPage } from './RoundPage.tsx';
