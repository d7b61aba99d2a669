// The decisions feature as other folders see it.
export { DecisionsPage } from './DecisionsPage.tsx';
export { DecisionTemplateEditor } from './DecisionTemplateEditor.tsx';
