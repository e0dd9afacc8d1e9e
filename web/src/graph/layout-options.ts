/**
 * The fCoSE options the app lays its networks out with, shared by the canvas and the layout
 * benchmark so the benchmark measures exactly what users get.
 */
import type cytoscape from 'cytoscape';

/**
 * Above this many nodes fCoSE runs in draft quality (its spectral layout alone): CoSE's
 * force phase runs at least 5 iterations per node with a repulsion step that grows with
 * the square of the nodes (measured: 2,000 nodes ~100 s in default quality, 0.6 s in draft).
 */
export const DRAFT_ABOVE_NODES = 1000;

export function fcoseOptions(nodeCount: number): cytoscape.LayoutOptions {
  return {
    name: 'fcose',
    // Randomised spectral start, drawn from a seeded Math.random (see withSeededRandom).
    randomize: true,
    animate: false,
    quality: nodeCount > DRAFT_ABOVE_NODES ? 'draft' : 'default',
    nodeDimensionsIncludeLabels: false,
    // Strong ties (many shared tasks) pull units close; single shared tasks stay loose.
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => 70 + 160 / Math.max(1, (edge.data('weight') as number | undefined) ?? 1),
    edgeElasticity: 0.45,
    nodeRepulsion: 20000,
    nodeSeparation: 120,
    gravity: 1.2,
    gravityRange: 2.0,
    // A plan's networks settle well within 700 iterations; the default 2,500 only costs time.
    numIter: 700,
    packComponents: true,
  } as cytoscape.LayoutOptions;
}
