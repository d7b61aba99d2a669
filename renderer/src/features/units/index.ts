// The units feature as other folders see it.
export { UnitsPage } from './UnitsPage.tsx';
export { UnitSelect } from './UnitSelect.tsx';
