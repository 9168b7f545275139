/** The values of `--format`, in slcli's order (a module of its own: `sl --help` lists them without the renderers). */
export const OUTPUT_FORMATS = ['table', 'raw', 'json', 'jsonraw', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
