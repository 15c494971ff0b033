/** Every element the package defines, by tag. */
export const TAGS = [
  'peel-rating',
  'pillar-summary',
  'key-facts-panel',
  'peel-assessment',
  'peel-compare',
  'peel-history',
] as const;

export type Tag = (typeof TAGS)[number];
