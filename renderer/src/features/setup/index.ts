// The setup feature as other folders see it.
export { SetupWizard } from './SetupWizard.tsx';
