/** Colours of unit and project kinds (Tableau 10; Tableau 20 dark grey and tab10 cyan for the eleven project kinds: distinguishable, print-safe). */
import type { ProjectKind, UnitKind } from '../../../ingest/model';

export const UNIT_KIND_COLOURS: Readonly<Record<UnitKind, string>> = {
  department: '#4E79A7',
  'party-organ': '#E15759',
  'peoples-organisation': '#F28E2B',
  court: '#76B7B2',
  'central-agency-branch': '#59A14F',
  'state-owned-enterprise': '#EDC948',
  'research-body': '#B07AA1',
  'city-government': '#FF9DA7',
  collective: '#9C755F',
  unknown: '#BAB0AC',
};

export const PROJECT_KIND_COLOURS: Readonly<Record<ProjectKind, string>> = {
  railway: '#E15759',
  airport: '#4E79A7',
  port: '#76B7B2',
  energy: '#EDC948',
  water: '#59A14F',
  road: '#F28E2B',
  'border-port': '#B07AA1',
  science: '#9C755F',
  social: '#FF9DA7',
  industrial: '#79706E',
  digital: '#17BECF',
};

export const TASK_COLOUR = '#8C8C8C';
export const LEAD_EDGE_COLOUR = '#1F3A5F';
export const SUPPORT_EDGE_COLOUR = '#A7B4C2';
