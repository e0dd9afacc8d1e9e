/** Module-level selectors, so components subscribe to exactly what they draw. */
import type { AppState } from './store';

export const selectLanguage = (s: AppState) => s.language;
export const selectPlan = (s: AppState) => s.plan;
export const selectRankings = (s: AppState) => s.rankings;
export const selectStatus = (s: AppState) => s.status;
export const selectError = (s: AppState) => s.error;
export const selectSource = (s: AppState) => s.source;
export const selectDocuments = (s: AppState) => s.documents;
export const selectDocumentId = (s: AppState) => s.documentId;
export const selectView = (s: AppState) => s.view;
export const selectSelected = (s: AppState) => s.selected;
export const selectHovered = (s: AppState) => s.hovered;
export const selectPanel = (s: AppState) => s.panel;
export const selectQuery = (s: AppState) => s.query;
export const selectMinShared = (s: AppState) => s.minShared;
export const selectRoles = (s: AppState) => s.roles;
export const selectSections = (s: AppState) => s.sections;
export const selectKinds = (s: AppState) => s.kinds;
