// chart2music ships its types (dist/index.d.ts) but its package.json "exports" does not name them,
// so TypeScript cannot find them from `import … from 'chart2music'`. This points it at them; if an
// upgrade moves the file, `astro check` fails here.
declare module 'chart2music' {
  export const c2mChart: typeof import('../node_modules/chart2music/dist/index').c2mChart;
}
