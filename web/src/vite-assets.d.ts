/** Vite's asset-URL imports (`?url`), used for pdf.js's worker script: the module is its URL. */
declare module '*?url' {
  const url: string;
  export default url;
}

/** Vite's inlined workers (`?worker&inline`): the module is the Worker's constructor. */
declare module '*?worker&inline' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
