// Text assets bundled by esbuild's `text` loader (and by test/support/register-loaders.mjs under tsx).
declare module '*.calque' {
  const text: string;
  export default text;
}
