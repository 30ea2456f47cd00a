/** The gallery's example widgets (demo/gallery-widgets.js). */
export declare const gallery: Array<{ title: string; widget: Record<string, unknown> }>;
