// The incidents feature as other folders see it.
export { IncidentsPage } from './IncidentsPage.tsx';
