// The exchange feature as other folders see it.
export { ExchangePage } from './ExchangePage.tsx';
