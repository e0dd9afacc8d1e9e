/**
 * The picture's SVG rasterised by the browser at 1×, 2× or 4×: the PNG is the same picture as
 * the SVG and the slide, title and legend included. Labels are outlines, so no font is needed.
 */
export async function svgToPngBlob(svg: string, scale: number): Promise<Blob> {
  const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be drawn'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
