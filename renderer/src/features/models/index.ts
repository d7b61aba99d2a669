// The models feature as other folders see it.
export { ModelsPage } from './ModelsPage.tsx';
