/** Bumped whenever extraction output changes, so stored documents can be re-extracted. */
export const PIPELINE_VERSION = '0.1.0'
