/** The editor-independent analysis core of Article Lens. */
export { analyze } from './analyze';
export type * from './types';
