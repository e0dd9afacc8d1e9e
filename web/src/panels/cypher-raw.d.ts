/** Query files imported as text (Vite's `?raw`): the methods page quotes their headers. */
declare module '*.cypher?raw' {
  const text: string;
  export default text;
}
