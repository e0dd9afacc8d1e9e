/** Colours of communities, largest first (Tableau 10 without grey, then paler tints); later ones share a grey. */
export const COMMUNITY_COLOURS: readonly string[] = ['#4E79A7', '#F28E2B', '#59A14F', '#E15759', '#B07AA1', '#76B7B2', '#EDC948', '#FF9DA7', '#9C755F', '#A0CBE8', '#FFBE7D', '#8CD17D'];
export const OTHER_COMMUNITY_COLOUR = '#BAB0AC';

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY_COLOUR;
}
